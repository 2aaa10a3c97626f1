-- Issue 14: the 部门整体支出绩效自评 of a department-level target. Its money is the department's projects (read
-- from their own 自评表, never stored twice) plus 基本支出, which only the department knows: the evaluator enters
-- its 全年预算数 and 全年执行数 here (年初预算数 pre-filled from the budget summary). NULL = left blank.
ALTER TABLE self_evaluation
  ADD COLUMN basic_initial_yuan    DECIMAL(18,2) NULL,
  ADD COLUMN basic_full_year_yuan  DECIMAL(18,2) NULL,
  ADD COLUMN basic_executed_yuan   DECIMAL(18,2) NULL;

-- What became of each 年度重点工作任务: the funds actually spent on it, 完成情况 in words and a judgement
-- (ACHIEVED / PARTIAL / NOT_ACHIEVED). Matched to the target's key_task by name, then by position, because
-- editing the target rewrites its key_task rows.
CREATE TABLE self_evaluation_key_task (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  evaluation_id   BIGINT         NOT NULL,
  position        INT            NOT NULL,
  name            VARCHAR(300)   NOT NULL,
  executed_yuan   DECIMAL(18,2)  NULL,
  completion      TEXT           NULL,
  grade           VARCHAR(16)    NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_evaluation_key_task UNIQUE (evaluation_id, position),
  CONSTRAINT fk_sekt_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
);

-- The department's projects as they stood when finance approved its sheet: an approved 部门整体支出绩效自评表 (and
-- its report) must not change when a project's own sheet changes later. Before approval the sheet reads the
-- projects live. project_id is kept without a foreign key: the approved record outlives a deleted project.
CREATE TABLE self_evaluation_department_project (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  evaluation_id    BIGINT         NOT NULL,
  position         INT            NOT NULL,
  project_id       BIGINT         NOT NULL,
  code             VARCHAR(100)   NULL,
  name             VARCHAR(300)   NOT NULL,
  unit_code        VARCHAR(50)    NOT NULL,
  unit_name        VARCHAR(200)   NOT NULL,
  initial_yuan     DECIMAL(18,2)  NULL,
  full_year_yuan   DECIMAL(18,2)  NULL,
  executed_yuan    DECIMAL(18,2)  NULL,
  total            DECIMAL(6,2)   NULL,
  grade            VARCHAR(16)    NULL,
  status           VARCHAR(16)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sedp_position UNIQUE (evaluation_id, position),
  CONSTRAINT fk_sedp_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
);
