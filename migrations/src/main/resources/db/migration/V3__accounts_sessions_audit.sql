-- People and what they may see: ADMIN manages users, units and configuration; FINANCE (财政局)
-- sees every unit; BUREAU (单位填报人) sees only the units bound to the account.

CREATE TABLE app_user (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  username         VARCHAR(64)   NOT NULL,
  display_name     VARCHAR(100)  NULL,
  password_hash    VARCHAR(100)  NOT NULL,
  role             VARCHAR(16)   NOT NULL,
  enabled          BOOLEAN       NOT NULL,
  failed_logins    INT           NOT NULL,
  locked_until     DATETIME(3)   NULL,
  version          BIGINT        NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE user_unit (
  id       BIGINT NOT NULL AUTO_INCREMENT,
  user_id  BIGINT NOT NULL,
  unit_id  BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_user_unit UNIQUE (user_id, unit_id),
  CONSTRAINT fk_user_unit_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

-- Login sessions live here, not in a JVM, so that every app instance knows them and a restart
-- logs nobody out. The cookie carries a random token; only its SHA-256 is stored.
CREATE TABLE user_session (
  token_hash    CHAR(64)      NOT NULL,
  user_id       BIGINT        NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  last_seen_at  DATETIME(3)   NOT NULL,
  address       VARCHAR(64)   NULL,
  PRIMARY KEY (token_hash),
  CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_session_user ON user_session (user_id);
CREATE INDEX ix_user_session_seen ON user_session (last_seen_at);

-- Every create/update/delete/transition of business data, written in the transaction of the change.
-- changes holds a JSON object {field: [old, new]}.
CREATE TABLE audit_entry (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  at           DATETIME(3)   NOT NULL,
  user_id      BIGINT        NULL,
  username     VARCHAR(64)   NOT NULL,
  address      VARCHAR(64)   NULL,
  action       VARCHAR(32)   NOT NULL,
  entity_type  VARCHAR(32)   NOT NULL,
  entity_id    BIGINT        NULL,
  entity_name  VARCHAR(300)  NULL,
  unit_id      BIGINT        NULL,
  changes      LONGTEXT      NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_unit_at ON audit_entry (unit_id, at);
CREATE INDEX ix_audit_entry_user_at ON audit_entry (user_id, at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);
