-- Run monitoring (运行监控): each sweep is a run; what it finds are alerts, which finance works through.
-- A run monitors one fiscal year at an as-of date. Spend and indicator figures are judged at the end
-- of the period they were reported for (the latest SUBMITTED or APPROVED report whose period has
-- ended by the as-of date); the as-of date decides which reports count and which deadlines have passed.

-- status: QUEUED (a finance user asked for it, the Quartz trigger is waiting) → RUNNING → DONE or FAILED.
-- projects_total is known when the run starts; projects_checked grows as chunks are committed, so
-- the dashboard can show progress. The *_projects columns count the projects by their light.
CREATE TABLE monitoring_run (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  fiscal_year       INT           NOT NULL,
  as_of             DATE          NOT NULL,
  triggered_by      VARCHAR(64)   NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  queued_at         DATETIME(3)   NOT NULL,
  started_at        DATETIME(3)   NULL,
  finished_at       DATETIME(3)   NULL,
  projects_total    INT           NOT NULL,
  projects_checked  INT           NOT NULL,
  alerts_opened     INT           NOT NULL,
  alerts_updated    INT           NOT NULL,
  alerts_closed     INT           NOT NULL,
  green_projects    INT           NOT NULL,
  blue_projects     INT           NOT NULL,
  yellow_projects   INT           NOT NULL,
  red_projects      INT           NOT NULL,
  error_message     TEXT          NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_monitoring_run_year ON monitoring_run (fiscal_year, as_of);

-- An alert on a project's money, one of its indicators, or a missing report, at one reporting period
-- (period_id: the period whose figures raised it, or the period whose report is missing).
-- subject_key names what it is about: 'P17:2024-06:SPEND_LAG', 'P17:2024-06:I203:INDICATOR_PROGRESS',
-- 'P17:2024-06:REPORT_MISSING'. active_key equals subject_key while the alert is OPEN or ACKNOWLEDGED
-- and is null afterwards, so the unique index allows one live alert per subject and any number of
-- RESOLVED or CLOSED ones. A re-run updates the live alert of a subject (light, numbers, message,
-- last seen); a live alert a run no longer finds is CLOSED by that run. A subject finance RESOLVED is
-- not raised again. status: OPEN → ACKNOWLEDGED (the bureau, with its 整改措施) → RESOLVED (finance),
-- or CLOSED by a run from OPEN or ACKNOWLEDGED.
CREATE TABLE monitoring_alert (
  id                 BIGINT          NOT NULL AUTO_INCREMENT,
  fiscal_year        INT             NOT NULL,
  unit_id            BIGINT          NOT NULL,
  project_id         BIGINT          NOT NULL,
  period_id          BIGINT          NOT NULL,
  indicator_id       BIGINT          NULL,
  rule               VARCHAR(32)     NOT NULL,
  subject_key        VARCHAR(120)    NOT NULL,
  active_key         VARCHAR(120)    NULL,
  light              VARCHAR(8)      NOT NULL,
  expected_value     DECIMAL(20,6)   NULL,
  actual_value       DECIMAL(20,6)   NULL,
  ratio              DECIMAL(20,4)   NULL,
  lag                DECIMAL(20,6)   NULL,
  message            VARCHAR(1000)   NOT NULL,
  as_of              DATE            NOT NULL,
  status             VARCHAR(16)     NOT NULL,
  first_seen_at      DATETIME(3)     NOT NULL,
  last_seen_at       DATETIME(3)     NOT NULL,
  first_run_id       BIGINT          NOT NULL,
  last_run_id        BIGINT          NOT NULL,
  acknowledged_at    DATETIME(3)     NULL,
  acknowledged_by    VARCHAR(64)     NULL,
  corrective_action  TEXT            NULL,
  resolved_at        DATETIME(3)     NULL,
  resolved_by        VARCHAR(64)     NULL,
  resolution         TEXT            NULL,
  closed_at          DATETIME(3)     NULL,
  version            BIGINT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_monitoring_alert_active UNIQUE (active_key),
  CONSTRAINT fk_monitoring_alert_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE,
  CONSTRAINT fk_monitoring_alert_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
  CONSTRAINT fk_monitoring_alert_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE SET NULL
);
CREATE INDEX ix_monitoring_alert_scope ON monitoring_alert (fiscal_year, unit_id, status, light);
CREATE INDEX ix_monitoring_alert_project ON monitoring_alert (project_id, status);

-- The latest monitoring result of each project, for the dashboard. period_id is the period whose
-- report the spend figures come from (null when the project has reported nothing yet).
CREATE TABLE project_light (
  project_id         BIGINT          NOT NULL,
  run_id             BIGINT          NOT NULL,
  fiscal_year        INT             NOT NULL,
  unit_id            BIGINT          NOT NULL,
  as_of              DATE            NOT NULL,
  period_id          BIGINT          NULL,
  light              VARCHAR(8)      NOT NULL,
  budget_yuan        DECIMAL(18,2)   NOT NULL,
  spent_yuan         DECIMAL(18,2)   NULL,
  planned_percent    DECIMAL(9,4)    NULL,
  executed_percent   DECIMAL(20,4)   NULL,
  open_alerts        INT             NOT NULL,
  PRIMARY KEY (project_id),
  CONSTRAINT fk_project_light_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE,
  CONSTRAINT fk_project_light_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE SET NULL
);
CREATE INDEX ix_project_light_scope ON project_light (fiscal_year, unit_id, light);
