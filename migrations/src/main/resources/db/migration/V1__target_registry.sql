-- The target registry: fiscal years, departments and units, budget projects with their
-- spend plans and indicator trees (绩效目标表). Money is stored in 元 as DECIMAL; the unit a
-- table was published in (元/万元) is kept so it can be shown and exported as published.
-- Timestamps are Asia/Shanghai wall-clock times written by the application from its Clock.

CREATE TABLE fiscal_year (
  year        INT          NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (year)
);

CREATE TABLE department (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  name        VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_department_name UNIQUE (name)
);

CREATE TABLE unit (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  code           VARCHAR(32)   NOT NULL,
  name           VARCHAR(200)  NOT NULL,
  department_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_unit_code UNIQUE (code),
  CONSTRAINT fk_unit_department FOREIGN KEY (department_id) REFERENCES department (id)
);

-- kind PROJECT is a 项目支出 table; kind DEPARTMENT is a 部门整体绩效目标, which is monitored
-- and self-evaluated like a project.
CREATE TABLE budget_project (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  kind                  VARCHAR(16)    NOT NULL,
  fiscal_year           INT            NOT NULL,
  unit_id               BIGINT         NOT NULL,
  code                  VARCHAR(64)    NULL,
  name                  VARCHAR(300)   NOT NULL,
  money_unit            VARCHAR(8)     NOT NULL,
  budget_yuan           DECIMAL(18,2)  NOT NULL,
  fiscal_funds_yuan     DECIMAL(18,2)  NOT NULL,
  other_funds_yuan      DECIMAL(18,2)  NOT NULL,
  purpose               TEXT           NULL,
  goal                  TEXT           NULL,
  measures              TEXT           NULL,
  attribute             VARCHAR(100)   NULL,
  term                  VARCHAR(100)   NULL,
  managing_office       VARCHAR(100)   NULL,
  version               BIGINT         NOT NULL,
  created_at            DATETIME(3)    NOT NULL,
  updated_at            DATETIME(3)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_budget_project_code UNIQUE (fiscal_year, code),
  CONSTRAINT uq_budget_project_name UNIQUE (unit_id, fiscal_year, name),
  CONSTRAINT fk_budget_project_year FOREIGN KEY (fiscal_year) REFERENCES fiscal_year (year),
  CONSTRAINT fk_budget_project_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_budget_project_year_unit ON budget_project (fiscal_year, unit_id);

-- Cumulative share of the budget planned to be spent by the end of a month. A checkpoint the
-- published table leaves blank has no row.
CREATE TABLE spend_plan_point (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  project_id  BIGINT        NOT NULL,
  month       INT           NOT NULL,
  percent     DECIMAL(5,2)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_spend_plan_point UNIQUE (project_id, month),
  CONSTRAINT fk_spend_plan_point_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE
);

-- One 三级指标 with its 一级/二级 parents. The target text is kept as published; the parsed
-- columns are what the indicator-value parser understood of it.
CREATE TABLE indicator (
  id                   BIGINT          NOT NULL AUTO_INCREMENT,
  project_id           BIGINT          NOT NULL,
  position             INT             NOT NULL,
  level1               VARCHAR(50)     NOT NULL,
  level2               VARCHAR(50)     NOT NULL,
  name                 VARCHAR(300)    NOT NULL,
  description          TEXT            NULL,
  target_text          VARCHAR(200)    NOT NULL,
  period_target_text   VARCHAR(200)    NULL,
  target_kind          VARCHAR(16)     NOT NULL,
  target_comparator    VARCHAR(2)      NULL,
  target_value         DECIMAL(20,6)   NULL,
  target_unit          VARCHAR(50)     NULL,
  target_direction     VARCHAR(10)     NULL,
  target_needs_review  BOOLEAN         NOT NULL,
  target_note          VARCHAR(500)    NULL,
  basis                VARCHAR(300)    NULL,
  weight               DECIMAL(6,2)    NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_indicator_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_indicator_project ON indicator (project_id, position);

-- 分项绩效目标 / 年度重点工作任务 of a department-level target, each with its funds.
CREATE TABLE key_task (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  project_id     BIGINT         NOT NULL,
  position       INT            NOT NULL,
  name           VARCHAR(300)   NOT NULL,
  content        TEXT           NULL,
  funds_yuan     DECIMAL(18,2)  NULL,
  expected_goal  TEXT           NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_key_task_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_key_task_project ON key_task (project_id, position);
