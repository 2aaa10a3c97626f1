-- Personal API tokens (issue 11): scripts authenticate with "Authorization: Bearer <token>" instead of a password.
-- Only the SHA-256 of a token is stored; the token itself is shown once, when it is created. A token acts as its
-- owner, with the owner's current role and units, and stops working when the owner is disabled.
CREATE TABLE api_token (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  user_id       BIGINT        NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  token_hash    CHAR(64)      NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  -- valid through this day (Asia/Shanghai); NULL: until revoked
  expires_on    DATE          NULL,
  -- refreshed at most once a minute
  last_used_at  DATETIME(3)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_user ON api_token (user_id);

-- What a change came through when not a password or session: "token <name>" for a personal API token.
ALTER TABLE audit_entry ADD COLUMN via VARCHAR(120) NULL;
