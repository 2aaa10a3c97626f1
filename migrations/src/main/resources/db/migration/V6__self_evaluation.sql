-- Year-end self-evaluation (绩效自评) of a project: the money block of the 项目支出绩效自评表 by source
-- (财政拨款 / 上年结转 / 其他资金; the total row is their sum), what was actually achieved, and per
-- indicator the actual value, the qualitative grade and score, and the deviation reason.

CREATE TABLE self_evaluation (
  id                        BIGINT         NOT NULL AUTO_INCREMENT,
  project_id                BIGINT         NOT NULL,
  status                    VARCHAR(16)    NOT NULL,
  fiscal_initial_yuan       DECIMAL(18,2)  NOT NULL,
  fiscal_full_year_yuan     DECIMAL(18,2)  NOT NULL,
  fiscal_executed_yuan      DECIMAL(18,2)  NOT NULL,
  carryover_initial_yuan    DECIMAL(18,2)  NOT NULL,
  carryover_full_year_yuan  DECIMAL(18,2)  NOT NULL,
  carryover_executed_yuan   DECIMAL(18,2)  NOT NULL,
  other_initial_yuan        DECIMAL(18,2)  NOT NULL,
  other_full_year_yuan      DECIMAL(18,2)  NOT NULL,
  other_executed_yuan       DECIMAL(18,2)  NOT NULL,
  achievement               TEXT           NULL,
  total_score               DECIMAL(6,2)   NULL,
  grade                     VARCHAR(4)     NULL,
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
  CONSTRAINT fk_self_evaluation_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
);

CREATE TABLE self_evaluation_indicator (
  id                BIGINT          NOT NULL AUTO_INCREMENT,
  evaluation_id     BIGINT          NOT NULL,
  indicator_id      BIGINT          NOT NULL,
  actual_value      DECIMAL(20,6)   NULL,
  actual_text       VARCHAR(200)    NULL,
  grade             VARCHAR(16)     NULL,
  evaluator_score   DECIMAL(6,2)    NULL,
  weight            DECIMAL(6,2)    NULL,
  score             DECIMAL(6,2)    NULL,
  deviation_reason  TEXT            NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_evaluation_indicator UNIQUE (evaluation_id, indicator_id),
  CONSTRAINT fk_sei_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE,
  CONSTRAINT fk_sei_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
