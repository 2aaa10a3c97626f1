-- The firing of the schedule a run belongs to (null for a run someone asked for). An instance that
-- recovers a firing cut short by another instance's death finds that firing's row again instead of
-- adding a second run; the unique index refuses a second run of one firing outright, so a nightly
-- run happens once per night across the cluster.
ALTER TABLE monitoring_run ADD COLUMN scheduled_for DATETIME(3) NULL;
CREATE UNIQUE INDEX uq_monitoring_run_scheduled ON monitoring_run (scheduled_for);
