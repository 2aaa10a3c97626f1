-- Issue 15: province scale. The dashboard and the alert list read indexed or pre-aggregated rows
-- instead of sorting or summing a whole year per request, and a re-run that finds nothing new
-- writes only what changed.

-- How bad a light is, as the lists sort it (RED 0, YELLOW 1, BLUE 2, GREEN 3), kept by MariaDB
-- itself so that every writer (the sweep, tests, a hand-written fix) gets it right, and indexed
-- with the lists' order so that the first page is read from the index, not sorted from the year.
-- Not in jOOQ's schema (its parser does not read generated columns): the code names them itself.
-- [jooq ignore start]
ALTER TABLE monitoring_alert ADD COLUMN severity TINYINT AS
    (CASE light WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 WHEN 'BLUE' THEN 2 ELSE 3 END) PERSISTENT;
CREATE INDEX ix_monitoring_alert_list ON monitoring_alert (fiscal_year, severity, last_seen_at DESC, id DESC);
CREATE INDEX ix_monitoring_alert_unit_list ON monitoring_alert (fiscal_year, unit_id, severity, last_seen_at DESC, id DESC);
ALTER TABLE project_light ADD COLUMN severity TINYINT AS
    (CASE light WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 WHEN 'BLUE' THEN 2 ELSE 3 END) PERSISTENT;
CREATE INDEX ix_project_light_list ON project_light (fiscal_year, severity, unit_id, project_id);
-- [jooq ignore stop]

-- A sweep reads the live alerts of its year among the project ids between its chunks (projects that
-- left the year); the latest judged date of a row is read from the year's finished runs after its own.
CREATE INDEX ix_monitoring_alert_year_project ON monitoring_alert (fiscal_year, project_id);
CREATE INDEX ix_monitoring_run_done ON monitoring_run (fiscal_year, status, id);

-- The dashboard's sums of project_light per unit and light, written by the sweep in the
-- transaction that closes the run's unseen alerts (the run's last), so the unit table and the
-- totals read a few rows per unit whatever the number of projects. Sums in 元; the planned rate
-- is kept as Σ budget × planned % over the budget of the projects that have one.
CREATE TABLE unit_light (
  fiscal_year            INT             NOT NULL,
  unit_id                BIGINT          NOT NULL,
  light                  VARCHAR(8)      NOT NULL,
  projects               INT             NOT NULL,
  budget_yuan            DECIMAL(20,2)   NOT NULL,
  reporting_projects     INT             NOT NULL,
  reporting_budget_yuan  DECIMAL(20,2)   NULL,
  spent_yuan             DECIMAL(20,2)   NULL,
  planned_budget_yuan    DECIMAL(20,2)   NULL,
  planned_yuan_percent   DECIMAL(30,6)   NULL,
  open_alerts            INT             NOT NULL,
  PRIMARY KEY (fiscal_year, unit_id, light),
  CONSTRAINT fk_unit_light_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);

-- What exists already, so the dashboard is right before the next run.
-- [jooq ignore start]
INSERT INTO unit_light (fiscal_year, unit_id, light, projects, budget_yuan, reporting_projects, reporting_budget_yuan,
                        spent_yuan, planned_budget_yuan, planned_yuan_percent, open_alerts)
SELECT fiscal_year, unit_id, light, COUNT(*), SUM(budget_yuan), COUNT(spent_yuan),
       SUM(CASE WHEN spent_yuan IS NOT NULL THEN budget_yuan END), SUM(spent_yuan),
       SUM(CASE WHEN planned_percent IS NOT NULL THEN budget_yuan END), SUM(budget_yuan * planned_percent),
       SUM(open_alerts)
  FROM project_light GROUP BY fiscal_year, unit_id, light;
-- [jooq ignore stop]
