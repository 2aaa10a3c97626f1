package jixiao.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

/**
 * Times the year-end pack of all units over HTTP (not a test), and the heap it takes. Fills a fresh embedded
 * MariaDB under {@code app/target/bench-mariadb} with N projects of fiscal year 2120 (default 200; 50 per
 * unit; 8 indicators each, a submitted 12月底 report with spend and every indicator's value or grade), then
 * downloads {@code /api/year-end-pack.zip?year=2120} as admin three times, reading the zip as it streams in
 * (the first is the warm-up). Reports the time, the size, the entries, and the heap: the highest heap in use
 * sampled every 20 ms and the JVM's peak pool usage, both since just before the download.
 * <pre>
 * mvn -B -pl app -am process-test-classes -Pbench -Dbench.class=jixiao.bench.YearEndPackBenchmark -Dbench.args=200 -Dbench.heap=512m
 * </pre>
 * Server and client share the JVM, so the heap figures include the client's reading of the zip (small: it
 * keeps no entry).
 */
public final class YearEndPackBenchmark {

    private static final int YEAR = 2120;
    private static final int PROJECTS_PER_UNIT = 50;

    private YearEndPackBenchmark() {
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
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String admin = "bench-admin-password";
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "jixiao.embedded-db.directory", "target/bench-mariadb",
                "jixiao.embedded-db.fresh-data", true,
                "jixiao.admin.password", admin,
                "jixiao.scheduler.enabled", false,
                "micronaut.server.port", -1))) {
            DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
            long fillStarted = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                fill(s, projects);
            }
            System.out.printf("filled %,d projects in %.1f s; max heap %,d MB%n", projects, seconds(fillStarted),
                    Runtime.getRuntime().maxMemory() >> 20);
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/year-end-pack.zip?year=" + YEAR))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + admin).getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            for (String round : List.of("warm-up", "pack", "pack again")) {
                download(client, request, round);
            }
        }
    }

    private static void download(HttpClient client, HttpRequest request, String round) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("pack: HTTP " + response.statusCode());
        }
        long firstByte = 0;
        int sheets = 0;
        int reports = 0;
        int summaries = 0;
        long bytes = 0;
        try (InputStream body = response.body()) {
            ZipInputStream zip = new ZipInputStream(body, StandardCharsets.UTF_8);
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (firstByte == 0) {
                    firstByte = System.nanoTime();
                }
                if (e.getName().endsWith("自评表.xlsx")) {
                    sheets++;
                } else if (e.getName().endsWith("自评报告.docx")) {
                    reports++;
                } else if (e.getName().endsWith("汇总表.xlsx")) {
                    summaries++;
                }
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            // the central directory after the last entry: closing before it would abort the download
            body.transferTo(OutputStream.nullOutputStream());
        }
        double took = seconds(started);
        sampler.interrupt();
        long peakPools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-12s %6.1f s (first entry after %.2f s)  %,d 自评表, %,d 自评报告, %,d summaries, %,d KB unpacked  "
                        + "heap: sampled max %,d MB, pool peaks %,d MB%n", round, took, (firstByte - started) / 1e9,
                sheets, reports, summaries, bytes >> 10, sampled.get() >> 20, peakPools >> 20);
    }

    /** Bulk SQL over MariaDB's sequence tables, as {@link MonitoringBenchmark} fills its province. */
    private static void fill(Statement s, int projects) throws SQLException {
        int units = Math.max(1, (projects + PROJECTS_PER_UNIT - 1) / PROJECTS_PER_UNIT);
        s.execute("INSERT INTO fiscal_year (year, created_at) VALUES (" + YEAR + ", NOW())");
        s.execute("INSERT INTO department (name) VALUES ('基准部门')");
        s.execute("INSERT INTO unit (code, name, department_id) SELECT CONCAT('B', seq), CONCAT('基准单位', seq), "
                + "(SELECT MAX(id) FROM department) FROM seq_1_to_" + units);
        s.execute("INSERT INTO budget_project (kind, fiscal_year, unit_id, code, name, money_unit, budget_yuan, "
                + "fiscal_funds_yuan, other_funds_yuan, goal, version, created_at, updated_at) "
                + "SELECT 'PROJECT', " + YEAR + ", (SELECT MIN(id) FROM unit) + MOD(seq, " + units + "), CONCAT('BP', seq), "
                + "CONCAT('基准项目', seq), 'WAN_YUAN', 10000 + MOD(seq, 97) * 1000, 10000 + MOD(seq, 97) * 1000, 0, "
                + "'1.完成县政府交办的各项事务，维护社会稳定', 0, NOW(), NOW() FROM seq_1_to_" + projects);
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
        s.execute("INSERT INTO reporting_period (fiscal_year, code, end_month, label, period_end, deadline, created_at, updated_at) "
                + "VALUES (" + YEAR + ", '" + YEAR + "-12', 12, '12月底', LAST_DAY('" + YEAR + "-12-01'), "
                + "LAST_DAY('" + YEAR + "-12-01') + INTERVAL 10 DAY, NOW(), NOW())");
        // every project reports at 12月底, spending 80–109% of the budget
        s.execute("INSERT INTO period_report (project_id, period_id, status, spent_yuan, version, created_at, updated_at) "
                + "SELECT p.id, (SELECT id FROM reporting_period WHERE code = '" + YEAR + "-12'), 'SUBMITTED', "
                + "ROUND(p.budget_yuan * (80 + MOD(p.id * 7919, 30)) / 100, 2), 0, NOW(), NOW() "
                + "FROM budget_project p WHERE p.fiscal_year = " + YEAR);
        s.execute("INSERT INTO indicator_progress (report_id, indicator_id, current_value, grade, likelihood) "
                + "SELECT r.id, i.id, CASE i.position WHEN 0 THEN 40 + MOD(i.id, 30) WHEN 1 THEN 18 + MOD(i.id, 8) "
                + "WHEN 2 THEN 85 + MOD(i.id, 15) WHEN 4 THEN 20 + MOD(i.id, 15) WHEN 7 THEN 80 + MOD(i.id, 20) END, "
                + "CASE WHEN i.target_kind = 'QUALITATIVE' THEN CASE WHEN MOD(i.id, 20) = 0 THEN 'NOT_ACHIEVED' "
                + "WHEN MOD(i.id, 20) < 4 THEN 'PARTIAL' ELSE 'ACHIEVED' END END, 'CERTAIN' "
                + "FROM period_report r JOIN indicator i ON i.project_id = r.project_id");
        s.execute("ANALYZE TABLE budget_project, indicator, period_report, indicator_progress");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
