-- Issue 13: people are told what happened and what is due, in the application and by e-mail.

-- A person's own settings. email_notifications: mail at all; email_digest: one mail a day instead of one per event.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE app_user ADD COLUMN email_notifications BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN email_digest BOOLEAN NOT NULL DEFAULT FALSE;

-- One in-app notification to one person. event_key identifies the event that caused it
-- ('REPORT_RETURNED:P17:2024-06:v3', 'DEADLINE:2024-06:5', …), so an event noticed twice (two instances, a job
-- fired again after a crash) notifies a person once.
CREATE TABLE notification (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  user_id     BIGINT        NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  event_key   VARCHAR(160)  NOT NULL,
  title       VARCHAR(300)  NOT NULL,
  body        TEXT          NULL,
  href        VARCHAR(300)  NULL,
  unit_code   VARCHAR(64)   NULL,
  project_id  BIGINT        NULL,
  period_code VARCHAR(7)    NULL,
  created_at  DATETIME(3)   NOT NULL,
  read_at     DATETIME(3)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_notification_event UNIQUE (user_id, event_key),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_notification_user_unread ON notification (user_id, read_at, id);

-- Mail waiting to be sent, written in the same transaction as the notification it tells of, and sent by a Quartz
-- job. status: PENDING, SENDING (claimed by instance claimed_by until claimed_until), SENT, FAILED (gave up).
-- digest: held for the day's digest mail to the person instead of sent alone.
CREATE TABLE mail_outbox (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notification_id  BIGINT        NULL,
  user_id          BIGINT        NULL,
  address          VARCHAR(254)  NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             TEXT          NOT NULL,
  digest           BOOLEAN       NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL,
  next_attempt_at  DATETIME(3)   NOT NULL,
  claimed_by       VARCHAR(100)  NULL,
  claimed_until    DATETIME(3)   NULL,
  created_at       DATETIME(3)   NOT NULL,
  sent_at          DATETIME(3)   NULL,
  last_error       VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_mail_outbox_notification UNIQUE (notification_id),
  CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE SET NULL,
  CONSTRAINT fk_mail_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_user ON mail_outbox (user_id, status);
