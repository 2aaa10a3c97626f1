-- The written 项目支出绩效自评报告 of a project: one row per project once anybody edited a section or the
-- 自评表 was approved. version guards concurrent edits (optimistic). frozen_at is set when the 自评表 is
-- approved: from then on every section is read from here, so later changes in the data (a period report's
-- cause, a reason) do not alter an approved report.
CREATE TABLE self_evaluation_report (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  project_id  BIGINT        NOT NULL,
  version     BIGINT        NOT NULL,
  frozen_at   DATETIME(3)   NULL,
  updated_by  VARCHAR(64)   NULL,
  created_at  DATETIME(3)   NOT NULL,
  updated_at  DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_evaluation_report_project UNIQUE (project_id),
  CONSTRAINT fk_self_evaluation_report_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE
);

-- A section's text. edited: a person wrote it (kept as written); otherwise it is the drafted text stored
-- when the report was frozen. A section without a row is drafted afresh from the data at each read.
CREATE TABLE self_evaluation_report_section (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  report_id    BIGINT        NOT NULL,
  section_key  VARCHAR(32)   NOT NULL,
  body         MEDIUMTEXT    NOT NULL,
  edited       BOOLEAN       NOT NULL,
  updated_by   VARCHAR(64)   NULL,
  updated_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_evaluation_report_section UNIQUE (report_id, section_key),
  CONSTRAINT fk_self_evaluation_report_section_report FOREIGN KEY (report_id) REFERENCES self_evaluation_report (id) ON DELETE CASCADE
);
