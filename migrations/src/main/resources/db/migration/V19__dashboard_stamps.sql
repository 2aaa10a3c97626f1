-- The finance dashboard keeps what it rendered and asks MariaDB on every view whether the rows behind it changed
-- (issue 15: jixiao.monitoring.DashboardQueries.stamps). Two of its checks read from an index of their own:

-- a checksum of each unit as it is shown (code, name, department), summed over the index rather than computed
-- again for every unit on every view (AUTO_INCREMENT ids may not appear in a generated column; codes are unique).
-- jOOQ's schema reader does not know generated columns: the queries name it in plain SQL.
-- [jooq ignore start]
ALTER TABLE unit
  ADD COLUMN stamp INT UNSIGNED AS (CRC32(CONCAT_WS('|', code, name, COALESCE(department_id, '')))) STORED;
CREATE INDEX ix_unit_stamp ON unit (stamp);
-- [jooq ignore stop]

-- which target values of a page's projects still need a person's review, without reading their indicators' rows
CREATE INDEX ix_indicator_review ON indicator (project_id, target_needs_review);
