-- Issue 14: the budget summary a department-level target publishes (基本支出 / 项目支出 / 其他事业发展性支出,
-- 本级 / 对下转移支付, and the income sources), one row a line the table printed, in 元. The total stays on
-- budget_project (budget_yuan); a line the table leaves out has no row.
CREATE TABLE department_budget_line (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  project_id   BIGINT         NOT NULL,
  kind         VARCHAR(32)    NOT NULL,
  amount_yuan  DECIMAL(18,2)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_department_budget_line UNIQUE (project_id, kind),
  CONSTRAINT fk_department_budget_line_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE
);
