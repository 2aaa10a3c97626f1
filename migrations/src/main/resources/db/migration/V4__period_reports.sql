-- Quarterly progress reporting (执行情况填报). A reporting period belongs to a fiscal year and
-- ends on the last day of a month (3月底, 6月底, 10月底, 12月底 by default; provinces add 1–7月 etc.).
-- Its code is the end month, 'YYYY-MM'. A year's default periods are created the first time the
-- application needs them (jixiao.reporting.ReportingPeriods), so a year may have no rows yet.

CREATE TABLE reporting_period (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  fiscal_year  INT           NOT NULL,
  code         CHAR(7)       NOT NULL,
  end_month    INT           NOT NULL,
  label        VARCHAR(50)   NOT NULL,
  period_end   DATE          NOT NULL,
  deadline     DATE          NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  updated_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_reporting_period_code UNIQUE (code),
  CONSTRAINT fk_reporting_period_year FOREIGN KEY (fiscal_year) REFERENCES fiscal_year (year)
);

-- One project's report for one period (the 绩效监控表 rows of the project). spent_yuan is the
-- cumulative actual spend at the period end. adjusted_budget_yuan is the budget after a 年度预算调整,
-- null when unchanged. status is DRAFT → SUBMITTED → APPROVED, or RETURNED (with finance's comment)
-- and submitted again; SUBMITTED and APPROVED count as reported. A project without a row has not
-- reported. spend_decrease_reason is set only while spent_yuan is below the previous period's.
-- version guards against lost updates (optimistic locking).
CREATE TABLE period_report (
  id                       BIGINT         NOT NULL AUTO_INCREMENT,
  project_id               BIGINT         NOT NULL,
  period_id                BIGINT         NOT NULL,
  status                   VARCHAR(16)    NOT NULL,
  spent_yuan               DECIMAL(18,2)  NULL,
  adjusted_budget_yuan     DECIMAL(18,2)  NULL,
  spend_decrease_reason    TEXT           NULL,
  comment                  TEXT           NULL,
  submitted_at             DATETIME(3)    NULL,
  submitted_by             VARCHAR(64)    NULL,
  reviewed_at              DATETIME(3)    NULL,
  reviewed_by              VARCHAR(64)    NULL,
  version                  BIGINT         NOT NULL,
  created_at               DATETIME(3)    NOT NULL,
  updated_at               DATETIME(3)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_period_report UNIQUE (project_id, period_id),
  CONSTRAINT fk_period_report_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
  CONSTRAINT fk_period_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
);
CREATE INDEX ix_period_report_period ON period_report (period_id, status);

-- An indicator's progress in a report. current_value is the number for quantitative indicators,
-- grade (ACHIEVED / PARTIAL / NOT_ACHIEVED) the judgement for qualitative ones. deviation_causes is a
-- comma-separated subset of FUNDING, RULES, STAFF, HARDWARE, OTHER (经费/制度/人员/硬件条件保障/其他).
CREATE TABLE indicator_progress (
  id                   BIGINT          NOT NULL AUTO_INCREMENT,
  report_id            BIGINT          NOT NULL,
  indicator_id         BIGINT          NOT NULL,
  current_value        DECIMAL(20,6)   NULL,
  grade                VARCHAR(16)     NULL,
  expected_full_year   VARCHAR(200)    NULL,
  likelihood           VARCHAR(16)     NULL,
  deviation_causes     VARCHAR(100)    NULL,
  deviation_note       TEXT            NULL,
  corrective_action    TEXT            NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_indicator_progress UNIQUE (report_id, indicator_id),
  CONSTRAINT fk_indicator_progress_report FOREIGN KEY (report_id) REFERENCES period_report (id) ON DELETE CASCADE,
  CONSTRAINT fk_indicator_progress_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
CREATE INDEX ix_indicator_progress_indicator ON indicator_progress (indicator_id);
