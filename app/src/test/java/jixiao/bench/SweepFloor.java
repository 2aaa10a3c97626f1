package jixiao.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The floors {@link MonitoringBenchmark} measures the sweep against, written by hand in SQL.
 *
 * <p>Floor (a) computes, set-based, the lights and alert subjects the sweep finds for the benchmark's
 * data under the national rulebook, and writes them (alerts and lights into copies of the sweep's tables):
 * spend against plan (a checkpoint at the period's month end, else time elapsed), indicator progress
 * (held or accumulating targets, limits, strict bounds, blue when far ahead), grades, likelihoods and
 * missing reports. It covers what the benchmark's data exercises, not every rule (no interpolation between
 * checkpoints, no spend floors, no progress gap), and {@link #compare} checks it against what the sweep wrote.
 *
 * <p>Floor (b) reads every input of the sweep (projects with their counted reports, plans, indicators,
 * the progress of each project's latest counted report, the stored alerts and lights) in one pass, streamed to the
 * client.
 */
final class SweepFloor {

    private SweepFloor() {
    }

    /** What the floor found beside what the sweep wrote. */
    record Verdicts(long projects, long lightsDiffering, long alertCountsDiffering, long floorAlerts, long sweepAlerts) {
    }

    /** Floor (a): seconds to compute the findings and write the alerts and lights. */
    static double computeAndWrite(Statement s, int year, LocalDate asOf) throws SQLException {
        for (String table : new String[]{"bench_counted", "bench_judged", "bench_finding", "bench_alert", "bench_light"}) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
        s.execute("CREATE TABLE bench_alert LIKE monitoring_alert");
        s.execute("CREATE TABLE bench_light LIKE project_light");
        String date = "'" + asOf + "'";
        long started = System.nanoTime();
        // each project's latest counted report of a period ended by the as-of date, its budget and planned rate
        s.execute("CREATE TABLE bench_counted (PRIMARY KEY (project_id)) "
                + "SELECT l.project_id, l.report_id, l.period_id, l.spent_yuan, l.code, l.end_month, p.unit_id,"
                + "       COALESCE(l.adjusted_budget_yuan, p.budget_yuan) AS budget,"
                + "       COALESCE((SELECT sp.percent FROM spend_plan_point sp WHERE sp.project_id = p.id AND sp.month = l.end_month),"
                + "                ROUND(100 * l.end_month / 12, 4)) AS planned"
                + "  FROM (SELECT r.project_id, r.id AS report_id, r.period_id, r.spent_yuan, r.adjusted_budget_yuan, rp.code,"
                + "               rp.end_month, ROW_NUMBER() OVER (PARTITION BY r.project_id ORDER BY rp.period_end DESC) AS n"
                + "          FROM period_report r JOIN reporting_period rp ON rp.id = r.period_id"
                + "         WHERE rp.fiscal_year = " + year + " AND rp.period_end <= " + date
                + "           AND r.status IN ('SUBMITTED', 'APPROVED')) l"
                + "  JOIN budget_project p ON p.id = l.project_id WHERE l.n = 1 AND p.fiscal_year = " + year);
        // what the counted reports say of each indicator, with how it is judged
        s.execute("CREATE TABLE bench_judged "
                + "SELECT g.*, CASE WHEN g.held THEN g.target ELSE g.target * g.end_month / 12 END AS expected"
                + "  FROM (SELECT c.project_id, c.unit_id, c.period_id, c.code, c.end_month, i.id AS indicator_id,"
                + "               i.target_comparator AS cmp, i.target_value AS target, ip.current_value AS cur, ip.grade, ip.likelihood,"
                + "               i.target_kind = 'QUANTITATIVE' AND i.target_value IS NOT NULL AND ip.current_value IS NOT NULL AS numeric_,"
                + "               COALESCE(i.target_comparator IN ('LE', 'LT') OR (COALESCE(i.target_comparator, 'EQ') = 'EQ'"
                + "                AND (i.target_direction = 'REVERSE' OR i.target_value = 0)), FALSE) AS limit_,"
                + "               COALESCE(i.target_unit = '%' OR i.target_unit LIKE '%/%' OR (i.target_unit IN ('人', '名')"
                + "                AND i.name NOT REGEXP '培训|新增|累计|接待|办理|受援'), FALSE) AS held"
                + "          FROM bench_counted c JOIN indicator i ON i.project_id = c.project_id"
                + "          JOIN indicator_progress ip ON ip.report_id = c.report_id AND ip.indicator_id = i.id) g");
        s.execute("CREATE TABLE bench_finding (project_id BIGINT NOT NULL, unit_id BIGINT NOT NULL, period_id BIGINT NOT NULL, "
                + "subject VARCHAR(120) NOT NULL, rule VARCHAR(32) NOT NULL, indicator_id BIGINT NULL, severity TINYINT NOT NULL, "
                + "expected DECIMAL(20,6) NULL, actual DECIMAL(20,6) NULL, ratio DECIMAL(20,4) NULL, KEY (project_id)) "
                // spend against plan
                + " SELECT c.project_id, c.unit_id, c.period_id, CONCAT('P', c.project_id, ':', c.code, ':SPEND_LAG') AS subject,"
                + "        'SPEND_LAG' AS rule, NULL AS indicator_id,"
                + "        CASE WHEN c.planned <= 0 THEN 3 WHEN ROUND(c.spent_yuan * 10000 / (c.budget * c.planned), 2) < 60 THEN 0"
                + "             WHEN ROUND(c.spent_yuan * 10000 / (c.budget * c.planned), 2) < 80 THEN 1 ELSE 3 END AS severity,"
                + "        ROUND(c.planned, 2) AS expected, ROUND(c.spent_yuan * 100 / c.budget, 2) AS actual,"
                + "        CASE WHEN c.planned > 0 THEN ROUND(c.spent_yuan * 10000 / (c.budget * c.planned), 2) END AS ratio"
                + "   FROM bench_counted c WHERE c.spent_yuan IS NOT NULL AND c.budget > 0"
                // a number against a limit
                + " UNION ALL SELECT j.project_id, j.unit_id, j.period_id, CONCAT('P', j.project_id, ':', j.code, ':I', j.indicator_id, ':INDICATOR_LIMIT'),"
                + "        'INDICATOR_LIMIT', j.indicator_id,"
                + "        CASE WHEN j.cur < j.target THEN 3 WHEN j.cur = j.target THEN IF(j.cmp = 'LT', 1, 3) ELSE 0 END,"
                + "        j.target, j.cur, NULL FROM bench_judged j WHERE j.numeric_ AND j.limit_"
                // a number against a target to reach
                + " UNION ALL SELECT j.project_id, j.unit_id, j.period_id, CONCAT('P', j.project_id, ':', j.code, ':I', j.indicator_id, ':INDICATOR_PROGRESS'),"
                + "        'INDICATOR_PROGRESS', j.indicator_id,"
                + "        CASE WHEN j.expected <= 0 THEN 3"
                + "             WHEN j.expected = j.target AND j.cur = j.target AND j.cmp = 'GT' THEN 1"
                + "             WHEN ROUND(j.cur * 100 / j.expected, 2) < 60 THEN 0 WHEN ROUND(j.cur * 100 / j.expected, 2) < 80 THEN 1"
                + "             WHEN ROUND(j.cur * 100 / j.expected, 2) >= 120 THEN 2 ELSE 3 END,"
                + "        ROUND(j.expected, 2), j.cur, CASE WHEN j.expected > 0 THEN ROUND(j.cur * 100 / j.expected, 2) END"
                + "   FROM bench_judged j WHERE j.numeric_ AND NOT j.limit_"
                // a grade where no number is judged
                + " UNION ALL SELECT j.project_id, j.unit_id, j.period_id, CONCAT('P', j.project_id, ':', j.code, ':I', j.indicator_id, ':INDICATOR_GRADE'),"
                + "        'INDICATOR_GRADE', j.indicator_id, CASE j.grade WHEN 'NOT_ACHIEVED' THEN 0 WHEN 'PARTIAL' THEN 1 ELSE 3 END,"
                + "        NULL, NULL, NULL FROM bench_judged j WHERE NOT j.numeric_ AND j.grade IN ('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED')"
                // 完全不可能
                + " UNION ALL SELECT j.project_id, j.unit_id, j.period_id, CONCAT('P', j.project_id, ':', j.code, ':I', j.indicator_id, ':INDICATOR_LIKELIHOOD'),"
                + "        'INDICATOR_LIKELIHOOD', j.indicator_id, 0, NULL, NULL, NULL FROM bench_judged j WHERE j.likelihood = 'IMPOSSIBLE'"
                // a period past its deadline without a counted report
                + " UNION ALL SELECT p.id, p.unit_id, rp.id, CONCAT('P', p.id, ':', rp.code, ':REPORT_MISSING'), 'REPORT_MISSING', NULL, 0,"
                + "        NULL, NULL, NULL"
                + "   FROM budget_project p JOIN reporting_period rp ON rp.fiscal_year = p.fiscal_year AND rp.deadline < " + date
                + "  WHERE p.fiscal_year = " + year + " AND NOT EXISTS (SELECT 1 FROM period_report r WHERE r.project_id = p.id"
                + "        AND r.period_id = rp.id AND r.status IN ('SUBMITTED', 'APPROVED'))");
        s.execute("INSERT INTO bench_alert (fiscal_year, unit_id, project_id, period_id, indicator_id, rule, subject_key, active_key, light, "
                + "expected_value, actual_value, ratio, message, as_of, status, first_seen_at, last_seen_at, first_run_id, last_run_id, version) "
                + "SELECT " + year + ", unit_id, project_id, period_id, indicator_id, rule, subject, subject, ELT(severity + 1, 'RED', 'YELLOW', 'BLUE'), "
                + "expected, actual, ratio, CONCAT(rule, ' ', COALESCE(actual, ''), ' / ', COALESCE(expected, '')), " + date + ", 'OPEN', "
                + "NOW(3), NOW(3), 0, 0, 0 FROM bench_finding WHERE severity < 3");
        s.execute("INSERT INTO bench_light (project_id, run_id, fiscal_year, unit_id, as_of, period_id, light, budget_yuan, spent_yuan, "
                + "planned_percent, executed_percent, open_alerts) "
                + "SELECT p.id, 0, p.fiscal_year, p.unit_id, " + date + ", MAX(f.period_id), "
                + "ELT(COALESCE(MIN(f.severity), 3) + 1, 'RED', 'YELLOW', 'BLUE', 'GREEN'), p.budget_yuan, NULL, NULL, NULL, "
                + "SUM(f.severity < 3) FROM budget_project p LEFT JOIN bench_finding f ON f.project_id = p.id "
                + "WHERE p.fiscal_year = " + year + " GROUP BY p.id, p.fiscal_year, p.unit_id, p.budget_yuan");
        return MonitoringBenchmark.seconds(started);
    }

    /** The floor's lights and live alert subjects against the sweep's. */
    static Verdicts compare(Statement s, int year) throws SQLException {
        long projects = MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM bench_light");
        long lights = MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM bench_light b LEFT JOIN project_light l "
                + "ON l.project_id = b.project_id WHERE l.light IS NULL OR l.light <> b.light");
        long counts = MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM bench_light b JOIN project_light l "
                + "ON l.project_id = b.project_id WHERE COALESCE(b.open_alerts, 0) <> l.open_alerts");
        long missing = MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM bench_alert b LEFT JOIN monitoring_alert a "
                + "ON a.active_key = b.subject_key AND a.light = b.light WHERE a.id IS NULL");
        long extra = MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM monitoring_alert a LEFT JOIN bench_alert b "
                + "ON b.active_key = a.active_key WHERE a.fiscal_year = " + year + " AND a.active_key IS NOT NULL AND b.id IS NULL");
        if (missing + extra > 0) {
            try (ResultSet r = s.executeQuery("SELECT b.rule, COUNT(*), MIN(b.subject_key) FROM bench_alert b LEFT JOIN monitoring_alert a "
                    + "ON a.active_key = b.subject_key AND a.light = b.light WHERE a.id IS NULL GROUP BY b.rule")) {
                while (r.next()) {
                    System.out.printf("  only the floor: %s %,d (e.g. %s)%n", r.getString(1), r.getLong(2), r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT a.rule, COUNT(*), MIN(a.active_key) FROM monitoring_alert a LEFT JOIN bench_alert b "
                    + "ON b.active_key = a.active_key WHERE a.fiscal_year = " + year + " AND a.active_key IS NOT NULL AND b.id IS NULL "
                    + "GROUP BY a.rule")) {
                while (r.next()) {
                    System.out.printf("  only the sweep: %s %,d (e.g. %s)%n", r.getString(1), r.getLong(2), r.getString(3));
                }
            }
        }
        return new Verdicts(projects, lights, counts + missing + extra,
                MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM bench_alert"),
                MonitoringBenchmark.count(s, "SELECT COUNT(*) FROM monitoring_alert WHERE fiscal_year = " + year
                        + " AND active_key IS NOT NULL"));
    }

    /** Floor (b): seconds to read every input of the sweep once. */
    static double readInputs(Statement s, int year, LocalDate asOf) throws SQLException {
        long started = System.nanoTime();
        String ofYear = " JOIN budget_project p ON p.id = x.project_id WHERE p.fiscal_year = " + year;
        drain(s, "SELECT p.id, p.unit_id, p.budget_yuan, r.id, r.period_id, r.spent_yuan, r.adjusted_budget_yuan "
                + "FROM budget_project p LEFT JOIN (period_report r JOIN reporting_period rp ON rp.id = r.period_id "
                + "AND rp.fiscal_year = " + year + " AND rp.period_end <= '" + asOf + "') ON r.project_id = p.id "
                + "AND r.status IN ('SUBMITTED', 'APPROVED') WHERE p.fiscal_year = " + year);
        drain(s, "SELECT x.project_id, x.month, x.percent FROM spend_plan_point x" + ofYear);
        drain(s, "SELECT x.id, x.project_id, x.name, x.target_text, x.target_kind, x.target_comparator, x.target_value, "
                + "x.target_unit, x.target_direction, x.target_needs_review FROM indicator x" + ofYear);
        // the sweep judges each project's latest counted report: only its progress is read, through the primary
        // key of indicator_progress from a keyed list of those reports (a derived table without a key made MariaDB
        // scan it for every progress row: 68 s instead of a few at 200,000 projects)
        s.execute("DROP TEMPORARY TABLE IF EXISTS bench_latest");
        s.execute("CREATE TEMPORARY TABLE bench_latest (PRIMARY KEY (id)) SELECT id FROM (SELECT r.id, ROW_NUMBER() OVER "
                + "(PARTITION BY r.project_id ORDER BY rp.period_end DESC) AS n FROM period_report r JOIN reporting_period rp "
                + "ON rp.id = r.period_id AND rp.fiscal_year = " + year + " AND rp.period_end <= '" + asOf + "' "
                + "WHERE r.status IN ('SUBMITTED', 'APPROVED')) c WHERE c.n = 1");
        drain(s, "SELECT ip.indicator_id, ip.current_value, ip.grade, ip.likelihood FROM bench_latest l "
                + "STRAIGHT_JOIN indicator_progress ip ON ip.report_id = l.id");
        drain(s, "SELECT x.id, x.subject_key, x.status, x.fiscal_year, x.unit_id, x.light, x.expected_value, x.actual_value, "
                + "x.ratio, x.lag, x.message, x.as_of, x.last_run_id, x.closed_as_of FROM monitoring_alert x" + ofYear);
        drain(s, "SELECT x.project_id, x.run_id, x.fiscal_year, x.unit_id, x.as_of, x.period_id, x.light, x.budget_yuan, "
                + "x.spent_yuan, x.planned_percent, x.executed_percent, x.open_alerts FROM project_light x" + ofYear);
        return MonitoringBenchmark.seconds(started);
    }

    /** The floor of the year-end summary: its inputs (projects, indicators, reports, progress) read once. */
    static double readScoringInputs(Statement s, int year) throws SQLException {
        long started = System.nanoTime();
        String ofYear = " JOIN budget_project p ON p.id = x.project_id WHERE p.fiscal_year = " + year;
        drain(s, "SELECT p.id, p.unit_id, p.code, p.name, p.budget_yuan, p.fiscal_funds_yuan, p.other_funds_yuan "
                + "FROM budget_project p WHERE p.fiscal_year = " + year);
        drain(s, "SELECT x.id, x.project_id, x.level1, x.level2, x.name, x.target_text, x.target_kind, x.target_comparator, "
                + "x.target_value, x.target_unit, x.target_direction FROM indicator x" + ofYear);
        drain(s, "SELECT x.id, x.project_id, x.period_id, x.status, x.spent_yuan, x.adjusted_budget_yuan FROM period_report x" + ofYear);
        drain(s, "SELECT ip.report_id, ip.indicator_id, ip.current_value, ip.grade, ip.likelihood FROM indicator_progress ip "
                + "JOIN period_report x ON x.id = ip.report_id" + ofYear);
        return MonitoringBenchmark.seconds(started);
    }

    /** Every row to the client, streamed, each column read. */
    private static long drain(Statement s, String sql) throws SQLException {
        s.setFetchSize(10_000);
        long rows = 0;
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                rows++;
            }
        }
        s.setFetchSize(0);
        return rows;
    }
}
