package jixiao.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import jixiao.access.Caller;
import jixiao.evaluation.SelfEvaluationService;
import jixiao.monitoring.MonitoringService;
import jixiao.monitoring.RunView;
import jixiao.scheduler.MonitoringSweeps;
import jixiao.testing.Http;
import jixiao.testing.World;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The province benchmark (not a test). Fills a fresh embedded MariaDB under {@code app/target/bench-mariadb}
 * with N projects of fiscal year 2030 (default 200,000; 200 per unit, 10 units per department; 8 indicators
 * each; plans as in 乐亭, 兴隆 or none; 95% reported at each of 3月底, 6月底, 10月底 and 12月底 with indicator progress, monitored after the year's end), at the server settings a
 * real install gets (jixiao.embedded-db's defaults: the buffer pool from the machine's memory, the log flushed
 * at every commit; {@code -Dbench.tuned} adds {@code --innodb-flush-log-at-trx-commit=2}), then measures, each
 * figure printed as one line {@code RESULT name=value}:
 * <ol>
 * <li>the sweep's first run against floor (a): the set-based SQL of {@link SweepFloor}, which computes the same
 * lights and alert subjects for this data and writes them (checked to give the same verdicts);</li>
 * <li>the same date again (the nightly case, nothing new) against floor (b): reading every input the sweep needs
 * in one pass;</li>
 * <li>after a tenth of the reports changed their spend;</li>
 * <li>the year-end summary of every project's self-evaluation against reading its inputs in one pass;</li>
 * <li>pages and API under load: {@code bench.clients} (32) clients for {@code bench.seconds} (30) s on each of the
 * trivial page (/login), the finance dashboard, the alert list (first page and a keyset page), a project page,
 * the runs API and one unit's self-evaluation summary: p50/p95/p99 and throughput;</li>
 * <li>memory: the heap used at most (sampled every 20 ms; the load clients share this JVM) and the peak RSS.</li>
 * </ol>
 * <pre>
 * mvn -B -pl app -am process-test-classes -Pbench -Dbench.class=jixiao.bench.MonitoringBenchmark \
 *     -Dbench.args="200000 5000" -Dbench.heap=512m
 * </pre>
 * The HTTP server listens on {@code bench.port} (18150). The JVM is ended with System.exit (the embedded
 * MariaDB's process watcher and Netty's threads are no daemons), whose shutdown hook stops the server.
 */
public final class MonitoringBenchmark {

    static final int YEAR = 2030;
    /** 200 (a province's 1,000 units at 200,000); {@code -Dbench.projectsPerUnit=20} gives 20,000 projects as many units. */
    private static final int PROJECTS_PER_UNIT = Integer.getInteger("bench.projectsPerUnit", 200);
    private static final int UNITS_PER_DEPARTMENT = 10;
    /** After the last period's deadline: every period of the year reported and judged (issue 15: four periods). */
    private static final LocalDate AS_OF = LocalDate.of(YEAR + 1, 1, 15);

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.out.flush();
            System.exit(status);
        }
    }

    private static void run(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int port = Integer.getInteger("bench.port", 18150);
        int clients = Integer.getInteger("bench.clients", 32);
        int seconds = Integer.getInteger("bench.seconds", 30);
        boolean tuned = System.getProperty("bench.tuned") != null;
        Map<String, Object> properties = new HashMap<>(Map.of(
                "jixiao.embedded-db.directory", System.getProperty("bench.dir", "target/bench-mariadb"),
                "jixiao.embedded-db.fresh-data", true,
                "jixiao.scheduler.enabled", false,
                "jixiao.admin.password", World.ADMIN_PASSWORD,
                "micronaut.server.port", port));
        if (tuned) {
            properties.put("jixiao.embedded-db.server-args", List.of("--innodb-flush-log-at-trx-commit=2"));
        }
        if (args.length > 1) {
            properties.put("jixiao.monitoring.chunk-size", Integer.parseInt(args[1]));
        }
        HeapSampler heap = HeapSampler.start();
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                printSettings(s, projects, clients, seconds, tuned);
                long fillStarted = System.nanoTime();
                fill(s, projects);
                System.out.printf("filled %,d projects, %,d indicators in %.1f s%n", projects, projects * 8L, seconds(fillStarted));
            }

            MonitoringSweeps sweeps = context.getBean(MonitoringSweeps.class);
            MonitoringService monitoring = context.getBean(MonitoringService.class);
            double floorA;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                floorA = SweepFloor.computeAndWrite(s, YEAR, AS_OF);
            }
            System.out.printf("floor (a), set-based SQL: lights and alert subjects computed and written in %.2f s%n", floorA);
            Timed first = sweep("first run (all alerts new)", sweeps, monitoring);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SweepFloor.Verdicts v = SweepFloor.compare(s, YEAR);
                System.out.printf("verdicts: %,d projects compared, %,d lights differ, %,d projects' alert counts differ "
                        + "(floor %,d alerts, sweep %,d)%n", v.projects(), v.lightsDiffering(), v.alertCountsDiffering(),
                        v.floorAlerts(), v.sweepAlerts());
                result("floor_verdicts_differing", v.lightsDiffering() + v.alertCountsDiffering());
            }
            result("sweep_first_s", first.seconds);
            result("sweep_first_vs_floor", first.seconds / floorA);

            double floorB;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                floorB = SweepFloor.readInputs(s, YEAR, AS_OF);
            }
            System.out.printf("floor (b), every input of the sweep read in one pass: %.2f s%n", floorB);
            Timed rerun = sweep("same as-of again (nothing new)", sweeps, monitoring);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                long written = count(s, "SELECT COUNT(*) FROM monitoring_alert WHERE last_run_id = " + rerun.run.id())
                        + count(s, "SELECT COUNT(*) FROM project_light WHERE run_id = " + rerun.run.id());
                System.out.printf("the re-run wrote %,d alert and light rows%n", written);
                result("sweep_rerun_rows_written", written);
            }
            result("sweep_rerun_s", rerun.seconds);
            result("sweep_rerun_vs_read_floor", rerun.seconds / floorB);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE period_report SET spent_yuan = spent_yuan * 1.5 WHERE MOD(project_id, 10) = 3");
            }
            Timed changed = sweep("after 10% of the reports changed", sweeps, monitoring);
            result("sweep_changed_s", changed.seconds);

            SelfEvaluationService evaluations = context.getBean(SelfEvaluationService.class);
            List<String> unitCodes = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT code FROM unit WHERE code LIKE 'B%' ORDER BY code")) {
                while (r.next()) {
                    unitCodes.add(r.getString(1));
                }
            }
            // unit by unit, as the summary page is asked for: every project scored, without a province's rows in the heap at once
            long[] scored = {0};
            // the JVM's own CPU (this thread's) besides the wall time: on a shared 2-core machine the wall time
            // moves with whatever else runs, the CPU a summary costs does not
            long scoringCpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            double scoring = timed(() -> {
                for (String code : unitCodes) {
                    scored[0] += evaluations.summary(Caller.system("benchmark"), YEAR, code, null, null).size();
                }
                return scored[0];
            });
            System.out.printf("scored %,d projects%n", scored[0]);
            result("scoring_cpu_s", (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - scoringCpuStarted) / 1e9);
            double scoringFloor;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                scoringFloor = SweepFloor.readScoringInputs(s, YEAR);
            }
            System.out.printf("year-end summary of every project %.2f s, reading its inputs in one pass %.2f s%n",
                    scoring, scoringFloor);
            result("scoring_s", scoring);
            result("scoring_vs_floor", scoring / scoringFloor);

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                explain(s);
            }
            scoringParts(context, unitCodes.get(0));
            dashboardParts(context);
            load(server.getURL().toString(), dataSource, clients, seconds);
        } finally {
            heap.stop();
            result("heap_max_mb", heap.maxUsed() / (1024 * 1024));
            result("rss_peak_mb", peakRssMb());
        }
    }

    private static void load(String base, DataSource dataSource, int clients, int seconds) throws SQLException {
        World world = new World(base);
        String finance = world.user("FINANCE", List.of());
        Http browser = world.browser(finance);
        Http anonymous = world.anonymous();
        long project;
        String unit;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            project = count(s, "SELECT MIN(id) FROM budget_project WHERE fiscal_year = " + YEAR);
            try (ResultSet r = s.executeQuery("SELECT MIN(code) FROM unit WHERE code LIKE 'B%'")) {
                r.next();
                unit = r.getString(1);
            }
        }
        Http.Response firstPage = browser.get("/api/alerts?year=" + YEAR);
        String after = firstPage.header("X-Next-After");
        System.out.printf("one dashboard page: %,d bytes; one alert page: %,d bytes%n",
                browser.get("/monitoring?year=" + YEAR).body().length(), firstPage.body().length());

        Map<String, Load.Figures> figures = new HashMap<>();
        List<String[]> targets = List.of(
                new String[]{"trivial", "/login"},
                new String[]{"dashboard", "/monitoring?year=" + YEAR},
                new String[]{"alerts", "/api/alerts?year=" + YEAR},
                new String[]{"alerts_next", "/api/alerts?year=" + YEAR + "&after=" + after},
                new String[]{"project", "/projects/" + project},
                new String[]{"runs", "/api/monitoring/runs?year=" + YEAR},
                new String[]{"unit_summary", "/api/self-evaluations/summary?year=" + YEAR + "&unitCode=" + unit});
        String only = System.getProperty("bench.only");
        for (String[] target : targets) {
            if (only != null && !target[0].equals("trivial") && !only.contains(target[0])) {
                continue;
            }
            Http client = target[0].equals("trivial") ? anonymous : browser;
            Load.Figures f = Load.run(client, target[1], clients, seconds);
            figures.put(target[0], f);
            System.out.printf("%-13s %-45s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  %8.1f/s  %,d requests, %,d not 200 %s%n",
                    target[0], target[1].length() > 45 ? target[1].substring(0, 45) : target[1], f.p50(), f.p95(), f.p99(),
                    f.throughput(), f.requests(), f.failures(), f.statuses());
            result(target[0] + "_p50_ms", f.p50());
            result(target[0] + "_p95_ms", f.p95());
            result(target[0] + "_p99_ms", f.p99());
            result(target[0] + "_per_s", f.throughput());
            result(target[0] + "_failures", f.failures());
        }
        double trivial = figures.get("trivial").throughput();
        for (String name : List.of("dashboard", "alerts")) {
            if (figures.containsKey(name)) {
                result(name + "_vs_trivial_throughput", figures.get(name).throughput() / trivial);
            }
        }
    }

    /** One unit's summary in parts, single-threaded: the project reads (lean and full) against the whole. */
    private static void scoringParts(ApplicationContext context, String unit) {
        Caller caller = Caller.system("benchmark");
        var projects = context.getBean(jixiao.project.ProjectService.class);
        var evaluations = context.getBean(SelfEvaluationService.class);
        List<Long> ids = projects.list(caller, YEAR, unit).stream().map(jixiao.project.ProjectSummary::id).toList();
        Map<String, Supplier<?>> parts = new java.util.LinkedHashMap<>();
        parts.put("listForScoring", () -> projects.listForScoring(caller, YEAR, unit));
        parts.put("list", () -> projects.list(caller, YEAR, unit));
        parts.put("getAllForScoring", () -> projects.getAllForScoring(caller, ids));
        parts.put("getAll", () -> projects.getAll(caller, ids));
        parts.put("sheets (full)", () -> evaluations.sheets(caller, ids));
        parts.put("summary", () -> evaluations.summary(caller, YEAR, unit, null, null));
        timeParts("unit summary part (" + ids.size() + " projects)", parts);
    }

    /** Each part once to warm it, then the mean of 20 runs, single-threaded. */
    private static void timeParts(String what, Map<String, Supplier<?>> parts) {
        for (var part : parts.entrySet()) {
            part.getValue().get();
            long started = System.nanoTime();
            long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                part.getValue().get();
            }
            System.out.printf("%s %-20s %7.2f ms (%.2f ms CPU of this JVM)%n", what, part.getKey(),
                    (System.nanoTime() - started) / 20 / 1e6,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 20 / 1e6);
        }
    }

    /** The dashboard's reads one by one, single-threaded: where a page's time goes besides rendering. */
    private static void dashboardParts(ApplicationContext context) {
        Caller caller = Caller.system("benchmark");
        var dashboard = context.getBean(jixiao.monitoring.DashboardQueries.class);
        var projects = context.getBean(jixiao.project.ProjectService.class);
        var units = context.getBean(jixiao.unit.UnitService.class);
        var monitoring = context.getBean(MonitoringService.class);
        Map<String, Supplier<?>> parts = new java.util.LinkedHashMap<>();
        parts.put("unit page (unit_light)", () -> dashboard.units(caller, YEAR, null, null, 0, 25));
        parts.put("totals (unit_light)", () -> dashboard.totals(caller, YEAR, null, null));
        parts.put("project ids page", () -> dashboard.projectIds(caller, YEAR, null, null, 1));
        parts.put("project rows", () -> dashboard.projects(caller, YEAR, null, null, 1));
        parts.put("stamps", () -> dashboard.stamps(YEAR, YEAR));
        List<Long> ids = dashboard.projectIds(caller, YEAR, null, null, 1);
        parts.put("projects stamp", () -> dashboard.projectsStamp(ids));
        parts.put("years", () -> projects.years(caller));
        parts.put("unit choices", () -> units.list(caller));
        parts.put("recent runs", () -> monitoring.recent(caller, YEAR, 10));
        parts.put("periods", () -> dashboard.periods(YEAR));
        timeParts("dashboard part", parts);
    }

    /** What the lists' queries do at this size: the plans of the page's id queries. */
    private static void explain(Statement s) throws SQLException {
        String[] queries = {
                "SELECT id FROM monitoring_alert WHERE fiscal_year = " + YEAR
                        + " ORDER BY severity, last_seen_at DESC, id DESC LIMIT 100",
                "SELECT project_id FROM project_light WHERE fiscal_year = " + YEAR
                        + " ORDER BY severity, unit_id, project_id LIMIT 100",
                "SELECT unit_id, SUM(projects) FROM unit_light WHERE fiscal_year = " + YEAR + " GROUP BY unit_id"};
        for (String q : queries) {
            System.out.println("EXPLAIN " + q);
            try (ResultSet r = s.executeQuery("EXPLAIN " + q)) {
                while (r.next()) {
                    System.out.printf("  table=%s type=%s key=%s rows=%s extra=%s%n", r.getString("table"),
                            r.getString("type"), r.getString("key"), r.getString("rows"), r.getString("Extra"));
                }
            }
        }
    }

    private record Timed(RunView run, double seconds) {
    }

    /** Each sweep is its own firing: a firing runs once (V18), the same as-of date may run again at another hour. */
    private static int firing;

    private static Timed sweep(String what, MonitoringSweeps sweeps, MonitoringService monitoring) {
        // the instant, to find the sweep in a profile (-XX:StartFlightRecording) of the whole run
        System.out.printf("%s: %s%n", what, java.time.Instant.now());
        long started = System.nanoTime();
        sweeps.runScheduled(AS_OF.atTime(1 + firing++, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        double took = seconds(started);
        RunView run = monitoring.recent(Caller.system("benchmark"), YEAR, 1).get(0);
        System.out.printf("%-40s %6.1f s  %s  projects %,d  lights R/Y/B/G %,d/%,d/%,d/%,d  alerts opened %,d found again %,d closed %,d%s%n",
                what, took, run.status(), run.projectsChecked(), run.lights().red(), run.lights().yellow(),
                run.lights().blue(), run.lights().green(), run.alertsOpened(), run.alertsUpdated(), run.alertsClosed(),
                run.errorMessage() == null ? "" : "  " + run.errorMessage());
        return new Timed(run, took);
    }

    private static void printSettings(Statement s, int projects, int clients, int seconds, boolean tuned) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT @@innodb_buffer_pool_size, @@innodb_log_file_size, "
                + "@@innodb_flush_log_at_trx_commit, VERSION()")) {
            r.next();
            System.out.printf("settings: %,d projects; MariaDB %s, buffer pool %d MB, log file %d MB, flush at commit %d%s; "
                            + "JVM -Xmx%d MB; %d cores; load average %s; %d clients x %d s%n",
                    projects, r.getString(4), r.getLong(1) >> 20, r.getLong(2) >> 20, r.getInt(3),
                    tuned ? " (tuned)" : " (the defaults a user gets)", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), loadAverage(), clients, seconds);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }

    static void result(String name, double value) {
        System.out.printf("RESULT %s=%.3f%n", name, value);
    }

    static void result(String name, long value) {
        System.out.printf("RESULT %s=%d%n", name, value);
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static double timed(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return seconds(started);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Bulk SQL: a few INSERT … SELECT over MariaDB's sequence tables (seq_1_to_N). */
    private static void fill(Statement s, int projects) throws SQLException {
        int units = Math.max(1, projects / PROJECTS_PER_UNIT);
        int departments = Math.max(1, units / UNITS_PER_DEPARTMENT);
        s.execute("INSERT INTO fiscal_year (year, created_at) VALUES (" + YEAR + ", NOW())");
        s.execute("INSERT INTO department (name) SELECT CONCAT('基准部门', seq) FROM seq_1_to_" + departments);
        s.execute("INSERT INTO unit (code, name, department_id) SELECT CONCAT('B', LPAD(seq, 5, '0')), CONCAT('基准单位', seq), "
                + "(SELECT MIN(id) FROM department) + MOD(seq, " + departments + ") FROM seq_1_to_" + units);
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
        for (int month : new int[] {3, 6, 10, 12}) {
            s.execute("INSERT INTO reporting_period (fiscal_year, code, end_month, label, period_end, deadline, created_at, updated_at) "
                    + "VALUES (" + YEAR + ", '" + YEAR + "-" + String.format("%02d", month) + "', " + month + ", '" + month + "月底', "
                    + "LAST_DAY('" + YEAR + "-" + month + "-01'), LAST_DAY('" + YEAR + "-" + month + "-01') + INTERVAL 10 DAY, NOW(), NOW())");
        }
        // 19 in 20 projects report every period, spending by 6月底 20–69% of the budget and in proportion to the
        // months before and after (at most all of it); the year-end report is submitted, the others approved
        s.execute("INSERT INTO period_report (project_id, period_id, status, spent_yuan, version, created_at, updated_at) "
                + "SELECT p.id, rp.id, IF(rp.end_month = 12, 'SUBMITTED', 'APPROVED'), "
                + "ROUND(p.budget_yuan * LEAST(100, (20 + MOD(p.id * 7919, 50)) * rp.end_month / 6) / 100, 2), 0, NOW(), NOW() "
                + "FROM budget_project p JOIN reporting_period rp ON rp.fiscal_year = p.fiscal_year "
                + "WHERE p.fiscal_year = " + YEAR + " AND MOD(p.id, 20) <> 0");
        // the count of 场 grows with the months; rates, people and the cost limit are as they stand
        s.execute("INSERT INTO indicator_progress (report_id, indicator_id, current_value, grade, likelihood) "
                + "SELECT r.id, i.id, CASE i.position WHEN 0 THEN ROUND((10 + MOD(i.id, 30)) * rp.end_month / 6) "
                + "WHEN 1 THEN 18 + MOD(i.id, 8) "
                + "WHEN 2 THEN 85 + MOD(i.id, 15) WHEN 4 THEN 10 + MOD(i.id, 25) WHEN 7 THEN 80 + MOD(i.id, 20) END, "
                + "CASE WHEN i.target_kind = 'QUALITATIVE' THEN CASE WHEN MOD(i.id, 20) = 0 THEN 'NOT_ACHIEVED' "
                + "WHEN MOD(i.id, 20) < 4 THEN 'PARTIAL' ELSE 'ACHIEVED' END END, "
                + "CASE WHEN MOD(i.id, 50) = 0 THEN 'IMPOSSIBLE' WHEN MOD(i.id, 5) = 0 THEN 'POSSIBLE' ELSE 'CERTAIN' END "
                + "FROM period_report r JOIN reporting_period rp ON rp.id = r.period_id JOIN indicator i ON i.project_id = r.project_id");
        s.execute("ANALYZE TABLE budget_project, spend_plan_point, indicator, period_report, indicator_progress");
    }

    /** The heap in use at most, sampled every 20 ms. */
    private static final class HeapSampler implements Runnable {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            Thread t = new Thread(sampler, "heap-sampler");
            t.setDaemon(true);
            t.start();
            return sampler;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long maxUsed() {
            return max.get();
        }
    }

    /** Clients that each send one request after the other for a while; their latencies and statuses. */
    static final class Load {

        record Figures(double p50, double p95, double p99, double throughput, long requests, long failures,
                       Map<Integer, Long> statuses) {
        }

        /** Seconds of the same load before the measured ones, not counted: each page measured with its code warm. */
        private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);

        static Figures run(Http http, String path, int clients, int seconds) {
            drive(http, path, clients, WARM_UP);
            return drive(http, path, clients, seconds);
        }

        private static Figures drive(Http http, String path, int clients, int seconds) {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<long[]> perClient = new ArrayList<>();
            Map<Integer, Long> statuses = new java.util.concurrent.ConcurrentHashMap<>();
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                long[][] box = {new long[1024]};
                int[] n = {0};
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.status(path);
                        } catch (RuntimeException e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - t0;
                        if (n[0] == box[0].length) {
                            box[0] = Arrays.copyOf(box[0], n[0] * 2);
                        }
                        box[0][n[0]++] = status == 200 ? took : -took;
                        statuses.merge(status, 1L, Long::sum);
                    }
                    synchronized (perClient) {
                        perClient.add(Arrays.copyOf(box[0], n[0]));
                    }
                }, "load-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            double wall = seconds(started);
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
            long failures = Arrays.stream(all).filter(x -> x < 0).count();
            long[] latencies = Arrays.stream(all).map(Math::abs).sorted().toArray();
            return new Figures(percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                    (all.length - failures) / wall, all.length, failures, new java.util.TreeMap<>(statuses));
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }
}
