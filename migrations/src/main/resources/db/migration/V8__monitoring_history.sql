-- Runs out of order. Finance may start a run for any as-of date, also one before a run already
-- made. An alert belongs to the latest as-of date that judged it: as_of is the latest as-of date of
-- a run that found it, closed_as_of that of the run that closed it. A run acts on an alert only
-- when its own as-of date is not before the alert's (as_of while live, closed_as_of once CLOSED):
-- an earlier date neither updates, closes nor reopens what a later one decided, and raises no
-- second alert on the same subject. A CLOSED alert found again by a run of its date or later is
-- reopened, the same row with its 整改措施 (ACKNOWLEDGED if it has them, else OPEN).
ALTER TABLE monitoring_alert ADD COLUMN closed_as_of DATE NULL;

-- Alerts closed before this migration: a run closes what it did not find in the same instant it
-- finishes, so the closing run is the one of the alert's year that finished at closed_at.
-- [jooq ignore start]
UPDATE monitoring_alert SET closed_as_of = COALESCE(
    (SELECT MAX(r.as_of) FROM monitoring_run r
      WHERE r.fiscal_year = monitoring_alert.fiscal_year AND r.finished_at = monitoring_alert.closed_at),
    as_of)
 WHERE status = 'CLOSED';
-- [jooq ignore stop]

-- What the runs did to an alert, for its history (历次监控): OPENED, CHANGED (light, numbers or
-- sentence), CLOSED, REOPENED, each with the run, its as-of date and the light and sentence then.
-- A run that finds an alert unchanged adds nothing (it only moves the alert's last seen), so the
-- table grows with changes, not with nightly runs. One row per alert and run: a run recovered after
-- its instance died writes its chunks again without doubling them.
CREATE TABLE monitoring_alert_event (
  id           BIGINT          NOT NULL AUTO_INCREMENT,
  alert_id     BIGINT          NOT NULL,
  run_id       BIGINT          NOT NULL,
  as_of        DATE            NOT NULL,
  change_kind  VARCHAR(16)     NOT NULL,
  light        VARCHAR(8)      NOT NULL,
  message      VARCHAR(1000)   NOT NULL,
  recorded_at  DATETIME(3)     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_monitoring_alert_event UNIQUE (alert_id, run_id),
  CONSTRAINT fk_monitoring_alert_event_alert FOREIGN KEY (alert_id) REFERENCES monitoring_alert (id) ON DELETE CASCADE
);
