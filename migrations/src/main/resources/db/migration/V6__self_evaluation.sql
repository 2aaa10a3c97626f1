-- Year-end self-evaluation (绩效自评) of a project: what the evaluator entered on the 项目支出绩效自评表.
-- Scores are not stored: the scoring engine computes them from these inputs each time the sheet is
-- shown, so the page, the JSON and the exports always give the same numbers.
-- Money by source (财政拨款 / 上年结转 / 其他资金) for 年初预算数, 全年预算数 and 全年执行数; the total row
-- is their sum. A null amount is one the evaluator left blank.

CREATE TABLE self_evaluation (
  id                        BIGINT         NOT NULL AUTO_INCREMENT,
  project_id                BIGINT         NOT NULL,
  status                    VARCHAR(16)    NOT NULL,
  fiscal_initial_yuan       DECIMAL(18,2)  NULL,
  fiscal_full_year_yuan     DECIMAL(18,2)  NULL,
  fiscal_executed_yuan      DECIMAL(18,2)  NULL,
  carryover_initial_yuan    DECIMAL(18,2)  NULL,
  carryover_full_year_yuan  DECIMAL(18,2)  NULL,
  carryover_executed_yuan   DECIMAL(18,2)  NULL,
  other_initial_yuan        DECIMAL(18,2)  NULL,
  other_full_year_yuan      DECIMAL(18,2)  NULL,
  other_executed_yuan       DECIMAL(18,2)  NULL,
  achievement               TEXT           NULL,
  comment                   TEXT           NULL,
  submitted_at              DATETIME(3)    NULL,
  submitted_by              VARCHAR(64)    NULL,
  reviewed_at               DATETIME(3)    NULL,
  reviewed_by               VARCHAR(64)    NULL,
  version                   BIGINT         NOT NULL,
  created_at                DATETIME(3)    NOT NULL,
  updated_at                DATETIME(3)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_evaluation_project UNIQUE (project_id),
  CONSTRAINT fk_self_evaluation_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE
);

-- One indicator row: actual_value is the 实际完成值 of a quantitative indicator in the target's unit;
-- actual_text describes what was achieved (the only actual of a qualitative one); grade (ACHIEVED /
-- PARTIAL / NOT_ACHIEVED) and evaluator_score are the judgement of a qualitative indicator. An indicator
-- the project gains after the evaluation was saved has no row until the evaluator saves again.
CREATE TABLE self_evaluation_indicator (
  id                BIGINT          NOT NULL AUTO_INCREMENT,
  evaluation_id     BIGINT          NOT NULL,
  indicator_id      BIGINT          NOT NULL,
  actual_value      DECIMAL(20,6)   NULL,
  actual_text       VARCHAR(200)    NULL,
  grade             VARCHAR(16)     NULL,
  evaluator_score   DECIMAL(6,2)    NULL,
  deviation_reason  TEXT            NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_evaluation_indicator UNIQUE (evaluation_id, indicator_id),
  CONSTRAINT fk_sei_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE,
  CONSTRAINT fk_sei_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
);
CREATE INDEX ix_sei_indicator ON self_evaluation_indicator (indicator_id);
