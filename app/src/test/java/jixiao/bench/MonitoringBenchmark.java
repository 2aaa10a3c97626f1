package jixiao.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import jixiao.access.Caller;
import jixiao.monitoring.MonitoringService;
import jixiao.monitoring.RunView;
import jixiao.scheduler.MonitoringSweeps;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Times monitoring sweeps over a generated province (not a test). Fills a fresh embedded MariaDB
 * under {@code app/target/bench-mariadb} with N projects of fiscal year 2030 (default 200,000;
 * 200 per unit; 8 indicators each; plans as in 乐亭, 兴隆 or none; 95% reported at 6月底 with
 * indicator progress), then runs the sweep the nightly job runs, as of 2030-07-15:
 * <ol>
 * <li>first run: every alert is new;</li>
 * <li>same date again: every alert is found unchanged (the nightly case);</li>
 * <li>after a tenth of the reports changed their spend: some alerts change, some close, some open.</li>
 * </ol>
 * <pre>
 * mvn -B -o -pl app -am process-test-classes -Pbench -Dbench.projects=200000 -Dbench.chunk=5000
 * (the profile bench of app/pom.xml runs this class in a JVM of its own with the test classpath)
 * </pre>
 * The second argument is the projects per sweep transaction ({@code jixiao.monitoring.chunk-size}).
 * The JVM is ended with System.exit, whose shutdown hook stops the embedded MariaDB.
 */
public final class MonitoringBenchmark {

    private static final int YEAR = 2030;
    private static final int PROJECTS_PER_UNIT = 200;

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "jixiao.embedded-db.directory", "target/bench-mariadb",
                "jixiao.embedded-db.fresh-data", true,
                "jixiao.embedded-db.server-args", List.of("--innodb-buffer-pool-size=1G", "--innodb-flush-log-at-trx-commit=2",
                        "--innodb-log-file-size=512M"),
                "jixiao.scheduler.enabled", false,
                "jixiao.admin.password", "benchmark-admin-password",
                "micronaut.server.port", -1));
        if (args.length > 1) {
            properties.put("jixiao.monitoring.chunk-size", Integer.parseInt(args[1]));
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
            long fillStarted = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                fill(s, projects);
            }
            System.out.printf("filled %,d projects, %,d indicators in %.1f s%n", projects, projects * 8L,
                    seconds(fillStarted));

            MonitoringSweeps sweeps = context.getBean(MonitoringSweeps.class);
            MonitoringService monitoring = context.getBean(MonitoringService.class);
            sweep("first run (all alerts new)", sweeps, monitoring);
            sweep("same as-of again (alerts unchanged)", sweeps, monitoring);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE period_report SET spent_yuan = spent_yuan * 1.5 WHERE MOD(project_id, 10) = 3");
            }
            sweep("after 10% of the reports changed", sweeps, monitoring);
        }
    }

    private static void sweep(String what, MonitoringSweeps sweeps, MonitoringService monitoring) {
        long started = System.nanoTime();
        sweeps.runScheduled(LocalDate.of(YEAR, 7, 15).atTime(1, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        double took = seconds(started);
        RunView run = monitoring.recent(Caller.system("benchmark"), YEAR, 1).get(0);
        System.out.printf("%-40s %6.1f s  %s  projects %,d  lights R/Y/B/G %,d/%,d/%,d/%,d  alerts opened %,d updated %,d closed %,d%s%n",
                what, took, run.status(), run.projectsChecked(), run.lights().red(), run.lights().yellow(),
                run.lights().blue(), run.lights().green(), run.alertsOpened(), run.alertsUpdated(), run.alertsClosed(),
                run.errorMessage() == null ? "" : "  " + run.errorMessage());
    }

    /** Bulk SQL: a few INSERT … SELECT over MariaDB's sequence tables (seq_1_to_N). */
    private static void fill(Statement s, int projects) throws SQLException {
        int units = Math.max(1, projects / PROJECTS_PER_UNIT);
        s.execute("INSERT INTO fiscal_year (year, created_at) VALUES (" + YEAR + ", NOW())");
        s.execute("INSERT INTO department (name) VALUES ('基准部门')");
        s.execute("INSERT INTO unit (code, name, department_id) SELECT CONCAT('B', seq), CONCAT('基准单位', seq), "
                + "(SELECT MAX(id) FROM department) FROM seq_1_to_" + units);
        s.execute("INSERT INTO budget_project (kind, fiscal_year, unit_id, code, name, money_unit, budget_yuan, "
                + "fiscal_funds_yuan, other_funds_yuan, version, created_at, updated_at) "
                + "SELECT 'PROJECT', " + YEAR + ", (SELECT MIN(id) FROM unit) + MOD(seq, " + units + "), CONCAT('BP', seq), "
                + "CONCAT('基准项目', seq), 'WAN_YUAN', 10000 + MOD(seq, 97) * 1000, 10000 + MOD(seq, 97) * 1000, 0, 0, NOW(), NOW() "
                + "FROM seq_1_to_" + projects);
        // 乐亭's plan for 8 in 10, 兴隆's blank checkpoints for 1 in 10, no plan for the rest
        s.execute("INSERT INTO spend_plan_point (project_id, month, percent) SELECT p.id, m.month, m.percent "
                + "FROM budget_project p JOIN (SELECT 3 AS month, 25 AS percent UNION ALL SELECT 6, 50 UNION ALL SELECT 10, 75 "
                + "UNION ALL SELECT 12, 100) m WHERE p.fiscal_year = " + YEAR + " AND MOD(p.id, 10) < 8");
        s.execute("INSERT INTO spend_plan_point (project_id, month, percent) SELECT p.id, m.month, m.percent "
                + "FROM budget_project p JOIN (SELECT 6 AS month, 50 AS percent UNION ALL SELECT 12, 100) m "
                + "WHERE p.fiscal_year = " + YEAR + " AND MOD(p.id, 10) = 8");
        s.execute("INSERT INTO indicator (project_id, position, level1, level2, name, description, target_text, target_kind, "
                + "target_comparator, target_value, target_unit, target_direction, target_needs_review, basis) "
                + "SELECT p.id, t.position, t.level1, t.level2, t.name, t.name, t.target, t.kind, t.comparator, t.value, t.unit, "
                + "t.direction, FALSE, '年初预算安排' FROM budget_project p JOIN ("
                + "SELECT 0 AS position, '产出指标' AS level1, '数量指标' AS level2, '普法宣传场次' AS name, '≥55场' AS target, "
                + "'QUANTITATIVE' AS kind, 'GE' AS comparator, 55 AS value, '场' AS unit, 'POSITIVE' AS direction "
                + "UNION ALL SELECT 1, '产出指标', '数量指标', '司法协理员数量', '24 人', 'QUANTITATIVE', NULL, 24, '人', 'POSITIVE' "
                + "UNION ALL SELECT 2, '产出指标', '质量指标', '案件办结率', '≥95%', 'QUANTITATIVE', 'GE', 95, '%', 'POSITIVE' "
                + "UNION ALL SELECT 3, '产出指标', '时效指标', '及时完成', '及时完成', 'QUALITATIVE', NULL, NULL, NULL, NULL "
                + "UNION ALL SELECT 4, '产出指标', '成本指标', '司法协理员工资社保费', '≤31.9 万元', 'QUANTITATIVE', 'LE', 31.9, '万元', 'REVERSE' "
                + "UNION ALL SELECT 5, '效益指标', '社会效益指标', '维护社会稳定', '明显提升', 'QUALITATIVE', NULL, NULL, NULL, NULL "
                + "UNION ALL SELECT 6, '效益指标', '可持续影响指标', '法治意识持续提升', '可持续', 'QUALITATIVE', NULL, NULL, NULL, NULL "
                + "UNION ALL SELECT 7, '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', 'QUANTITATIVE', 'GE', 90, '%', 'POSITIVE'"
                + ") t WHERE p.fiscal_year = " + YEAR);
        for (int month : new int[] {6, 10, 12}) {
            s.execute("INSERT INTO reporting_period (fiscal_year, code, end_month, label, period_end, deadline, created_at, updated_at) "
                    + "VALUES (" + YEAR + ", '" + YEAR + "-" + String.format("%02d", month) + "', " + month + ", '" + month + "月底', "
                    + "LAST_DAY('" + YEAR + "-" + month + "-01'), LAST_DAY('" + YEAR + "-" + month + "-01') + INTERVAL 10 DAY, NOW(), NOW())");
        }
        // 19 in 20 projects report by 6月底, spending 20–69% of the budget
        s.execute("INSERT INTO period_report (project_id, period_id, status, spent_yuan, version, created_at, updated_at) "
                + "SELECT p.id, (SELECT id FROM reporting_period WHERE code = '" + YEAR + "-06'), 'SUBMITTED', "
                + "ROUND(p.budget_yuan * (20 + MOD(p.id * 7919, 50)) / 100, 2), 0, NOW(), NOW() "
                + "FROM budget_project p WHERE p.fiscal_year = " + YEAR + " AND MOD(p.id, 20) <> 0");
        s.execute("INSERT INTO indicator_progress (report_id, indicator_id, current_value, grade, likelihood) "
                + "SELECT r.id, i.id, CASE i.position WHEN 0 THEN 10 + MOD(i.id, 30) WHEN 1 THEN 18 + MOD(i.id, 8) "
                + "WHEN 2 THEN 85 + MOD(i.id, 15) WHEN 4 THEN 10 + MOD(i.id, 25) WHEN 7 THEN 80 + MOD(i.id, 20) END, "
                + "CASE WHEN i.target_kind = 'QUALITATIVE' THEN CASE WHEN MOD(i.id, 20) = 0 THEN 'NOT_ACHIEVED' "
                + "WHEN MOD(i.id, 20) < 4 THEN 'PARTIAL' ELSE 'ACHIEVED' END END, "
                + "CASE WHEN MOD(i.id, 50) = 0 THEN 'IMPOSSIBLE' WHEN MOD(i.id, 5) = 0 THEN 'POSSIBLE' ELSE 'CERTAIN' END "
                + "FROM period_report r JOIN indicator i ON i.project_id = r.project_id");
        s.execute("ANALYZE TABLE budget_project, spend_plan_point, indicator, period_report, indicator_progress");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
