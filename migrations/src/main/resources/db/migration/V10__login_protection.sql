-- Login protection (issue 11): failures are counted with one atomic update per attempt, by account and by
-- client address, so parallel attempts cannot slip past the count; an account lock does not shut its owner out
-- of an address the account has logged in from before; a password an administrator set must be changed.

ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Failed logins per client address, shared by every instance: exponential back-off once past a free allowance.
CREATE TABLE login_throttle (
  address          VARCHAR(64)  NOT NULL,
  failures         INT          NOT NULL,
  blocked_until    DATETIME(3)  NULL,
  last_failure_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (address)
);

-- Addresses an account has logged in from: a lock raised by strangers' guesses does not apply there.
CREATE TABLE user_known_address (
  user_id          BIGINT       NOT NULL,
  address          VARCHAR(64)  NOT NULL,
  last_success_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (user_id, address),
  CONSTRAINT fk_user_known_address_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
