package jixiao.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import jixiao.reporting.Reports;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.SeedImports;
import jixiao.testing.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jixiao on a real cluster, under faults: three MariaDB Galera nodes (Debian's 10.11), haproxy in
 * front of them and of two instances of the packaged jar, a bounded mixed load of bureaus, finance,
 * imports, monitoring runs and self-evaluations, while a Galera node and each instance in turn are
 * killed with kill -9 and brought back. Run by {@code mvn -B -Pcluster verify} (needs root for
 * apt-get on a fresh machine); not part of {@code mvn test}.
 */
class ClusterIT {

    private static final int BASE_PORT = Integer.getInteger("jixiao.cluster.base-port", 18200);
    private static final int DB_PORT = BASE_PORT;
    private static final int WEB_PORT = BASE_PORT + 100;
    private static final int LOAD_SECONDS = Integer.getInteger("jixiao.cluster.load-seconds", 180);
    private static final int UNITS = 4;
    private static final int PROJECTS_PER_UNIT = 10;
    private static final int YEAR = 2024;
    private static final int IMPORT_COPIES = 30;

    private static final Path DIR = Path.of(System.getProperty("jixiao.cluster.dir", "target/cluster")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("jixiao.cluster.jar", "target/jixiao.jar")).toAbsolutePath();

    private static Galera galera;
    private static Haproxy haproxy;
    private static final List<AppInstance> apps = new ArrayList<>();

    private final Ledger ledger = new Ledger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final BlockingQueue<long[]> toApprove = new LinkedBlockingQueue<>();
    private final List<Long> runsAcknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger runsUnknown = new AtomicInteger();
    /** When an application instance was killed (ms of {@link LoadClient#now()}): answers cut then are expected. */
    private final List<Long> appKills = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private String finance;
    private final List<String> bureaus = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    /** Fresh units for the imports: an import into a unit that already has 乐亭's projects would update them. */
    private final BlockingQueue<String> importUnits = new LinkedBlockingQueue<>();
    private final List<String> bigImportUnits = new ArrayList<>();
    private final Map<String, List<Long>> projectsByUnit = new LinkedHashMap<>();
    private List<String> periods;

    @AfterAll
    static void tearDown() {
        apps.forEach(AppInstance::stop);
        if (haproxy != null) {
            haproxy.stop();
        }
        if (galera != null) {
            galera.stopAll();
        }
    }

    @Test
    void severalInstancesOnGaleraKeepEveryAcknowledgedWriteThroughKilledNodesAndInstances() throws Exception {
        long started = System.nanoTime();
        assertTrue(Files.exists(JAR), "the packaged jar is missing: " + JAR);
        Processes.run("rm", "-rf", DIR.toString());
        Files.createDirectories(DIR);

        Galera.installPackages();
        ClusterLog.step("%s", Processes.run("/usr/sbin/mariadbd", "--version").trim());
        galera = new Galera(DIR.resolve("galera"), BASE_PORT);
        galera.create();
        galera.bootstrap();
        haproxy = new Haproxy(DIR);
        haproxy.start(DB_PORT, galera.nodes, WEB_PORT, List.of(WEB_PORT + 1, WEB_PORT + 2));
        ClusterLog.step("haproxy: MariaDB on %d (writer node1, backups node2 and node3), jixiao on %d", DB_PORT, WEB_PORT);

        // The first instance migrates the empty database (Flyway on 10.11 through haproxy), then the second joins.
        for (int i = 1; i <= 2; i++) {
            AppInstance app = new AppInstance("app" + i, WEB_PORT + i, JAR, DIR, DB_PORT);
            apps.add(app);
            app.start();
            app.awaitHealthy();
            ClusterLog.step("%s (pid %d) started on %d", app.name, app.pid(), app.port);
        }
        ClusterLog.check("every Flyway migration applied on MariaDB 10.11: %d rows in flyway_schema_history, all successful",
                count(galera.nodes.get(1), "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"));
        assertEquals(0, count(galera.nodes.get(1), "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));

        setUp();
        ExecutorService load = Executors.newCachedThreadPool();
        List<Future<?>> workers = new ArrayList<>();
        long loadStart = System.nanoTime();
        for (int u = 0; u < UNITS; u++) {
            int unit = u;
            workers.add(load.submit(() -> bureauWork(unit)));
        }
        workers.add(load.submit(this::financeWork));
        workers.add(load.submit(this::importWork));
        ClusterLog.step("load started: %d bureaus saving and submitting reports and 自评, finance approving and "
                + "starting monitoring runs, imports; %d s", UNITS, LOAD_SECONDS);

        Processes.sleep(20_000);
        killAndRestartGaleraNode();
        killAnInstanceDuringAnImport();
        killAnInstanceDuringAMonitoringRun();

        long remaining = LOAD_SECONDS * 1000L - Duration.ofNanos(System.nanoTime() - loadStart).toMillis();
        Processes.sleep(Math.max(20_000, remaining));
        stop.set(true);
        for (Future<?> w : workers) {
            w.get(3, TimeUnit.MINUTES);
        }
        load.shutdown();
        ClusterLog.step("load stopped after %d s: %d requests", Duration.ofNanos(System.nanoTime() - loadStart).toSeconds(),
                LoadClient.answers().size());

        checkEverything();
        ClusterLog.step("cluster test finished in %d s", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertTrue(failures.isEmpty(), "failed checks:\n" + String.join("\n", failures));
    }

    // ---- set-up -----------------------------------------------------------------------------------

    private void setUp() {
        World world = new World("http://127.0.0.1:" + WEB_PORT);
        finance = world.user("FINANCE", List.of());
        for (int u = 0; u < UNITS; u++) {
            String unit = world.unit("集群测试单位");
            units.add(unit);
            String bureau = world.user("BUREAU", List.of(unit));
            bureaus.add(bureau);
            Http http = world.script(bureau);
            List<Long> ids = new ArrayList<>();
            for (int p = 0; p < PROJECTS_PER_UNIT; p++) {
                ids.add(Projects.create(http, Projects.leting(unit, "CL" + World.next(), "集群项目" + World.next())));
            }
            projectsByUnit.put(unit, ids);
        }
        for (int i = 0; i < IMPORT_COPIES; i++) {
            bigImportUnits.add(world.unit("集群导入单位"));
        }
        for (int i = 0; i < LOAD_SECONDS / 8 + 5; i++) {
            importUnits.add(world.unit("集群导入单位"));
        }
        JsonNode list = Json.parse(world.script(finance).get("/api/reporting-periods?year=" + YEAR).body());
        periods = new ArrayList<>();
        list.forEach(p -> periods.add(p.get("code").asText()));
        periods = periods.subList(0, Math.min(2, periods.size()));
        ClusterLog.step("set up: %d units, %d bureau clerks, a finance user, %d projects, periods %s",
                UNITS, UNITS, UNITS * PROJECTS_PER_UNIT, periods);
    }

    // ---- the load ---------------------------------------------------------------------------------

    private LoadClient client(String username) {
        return new LoadClient("http://127.0.0.1:" + WEB_PORT, username, World.PASSWORD);
    }

    /** A bureau: each project's period reports saved (twice) and submitted, then 自评 drafts saved over and over. */
    private void bureauWork(int unit) {
        LoadClient http = client(bureaus.get(unit));
        List<Long> projects = projectsByUnit.get(units.get(unit));
        try {
            for (String period : periods) {
                for (long project : projects) {
                    if (stop.get()) {
                        return;
                    }
                    report(http, project, period);
                }
            }
            int round = 0;
            while (!stop.get()) {
                selfEvaluation(http, projects.get(round % projects.size()), round);
                round++;
            }
        } catch (RuntimeException e) {
            failures.add("bureau worker " + unit + " stopped: " + e);
            throw e;
        }
    }

    private void report(LoadClient http, long project, String period) {
        String path = Reports.path(project, period);
        for (int attempt = 0; attempt < 5 && !stop.get(); attempt++) {
            LoadClient.Answer read = http.get("read report", path);
            if (!read.ok()) {
                sleepUnlessStopped(500);
                continue;
            }
            JsonNode report = read.json();
            String status = report.get("status").asText();
            if (!status.equals("DRAFT") && !status.equals("RETURNED")) {
                return;
            }
            Long version = Reports.version(report);
            List<Map<String, Object>> entries = Reports.complete(report);
            boolean saved = true;
            for (int save = 0; save < 2 && saved; save++) {
                // cumulative spend grows from period to period (a decrease needs a reason)
                String spent = (1_000 + 14_000 * periods.indexOf(period) + ThreadLocalRandom.current().nextInt(13_000)) + ".00";
                LoadClient.Answer put = http.put("save report", path, Json.write(Reports.body(version, spent, entries)));
                ledger.record("spent:" + project + ":" + period, spent, put);
                saved = put.ok();
                if (saved) {
                    version = Reports.version(put.json());
                }
            }
            if (!saved) {
                continue;
            }
            LoadClient.Answer submit = http.post("submit report", path + "/submit", Json.write(Map.of("version", version)));
            ledger.record("status:" + project + ":" + period, "SUBMITTED", submit);
            if (submit.ok()) {
                toApprove.add(new long[]{project, periods.indexOf(period)});
                return;
            }
        }
    }

    private void selfEvaluation(LoadClient http, long project, int round) {
        String path = "/api/projects/" + project + "/self-evaluation";
        LoadClient.Answer read = http.get("read 自评", path);
        if (!read.ok()) {
            sleepUnlessStopped(500);
            return;
        }
        JsonNode sheet = read.json();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode row : sheet.get("indicators")) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("indicatorId", row.get("indicatorId").asLong());
            entries.add(e);
        }
        String achievement = "集群测试第" + round + "轮：按计划推进";
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("version", sheet.get("version").isNull() ? null : sheet.get("version").asLong());
        input.put("fiscalInitial", "30000");
        input.put("fiscalFullYear", "30000");
        input.put("fiscalExecuted", "20000");
        for (String source : List.of("carryover", "other")) {
            input.put(source + "Initial", "0");
            input.put(source + "FullYear", "0");
            input.put(source + "Executed", "0");
        }
        input.put("achievement", achievement);
        input.put("indicators", entries);
        LoadClient.Answer put = http.put("save 自评", path, Json.write(input));
        ledger.record("achievement:" + project, achievement, put);
        if (put.status() == 400) {
            failures.add("自评 refused: " + put.body());
            stop.set(true);
        }
    }

    /** Finance: approves what was submitted, starts a monitoring run every 30 s. */
    private void financeWork() {
        LoadClient http = client(finance);
        long nextRun = LoadClient.now();
        try {
            while (!stop.get()) {
                if (LoadClient.now() >= nextRun) {
                    startRun(http);
                    nextRun = LoadClient.now() + 30_000;
                }
                long[] item = toApprove.poll(500, TimeUnit.MILLISECONDS);
                if (item != null) {
                    String period = periods.get((int) item[1]);
                    LoadClient.Answer a = http.post("approve report", Reports.path(item[0], period) + "/approve", "{}");
                    ledger.record("status:" + item[0] + ":" + period, "APPROVED", a);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LoadClient.Answer startRun(LoadClient http) {
        LoadClient.Answer a = http.post("start monitoring run", "/api/monitoring/runs", Json.write(Map.of("asOf", YEAR + "-07-15")));
        if (a.ok()) {
            runsAcknowledged.add(a.json().get("id").asLong());
        } else if (a.unknown()) {
            runsUnknown.incrementAndGet();
        }
        return a;
    }

    /** Imports 乐亭's five tables under fresh project codes every 8 s. */
    private void importWork() {
        LoadClient http = client(finance);
        String unit;
        while (!stop.get() && (unit = importUnits.poll()) != null) {
            String prefix = SeedImports.codePrefix();
            LoadClient.Answer a = http.postText("import", "/api/imports/target-tables?year=" + YEAR + "&dryRun=false",
                    projectTables(SeedImports.leting(unit, prefix)));
            ledger.record("import:" + prefix, "5", a);
            if (a.status() == 400) {
                failures.add("import refused: " + abbreviate(a.body()));
            }
            sleepUnlessStopped(8_000);
        }
    }

    /** 乐亭's five project tables without its department's table (one department target per name and year). */
    private static String projectTables(String leting) {
        return leting.substring(leting.indexOf("预算项目绩效目标"));
    }

    private void sleepUnlessStopped(long ms) {
        long end = System.currentTimeMillis() + ms;
        while (!stop.get() && System.currentTimeMillis() < end) {
            Processes.sleep(100);
        }
    }

    // ---- the faults -------------------------------------------------------------------------------

    private void killAndRestartGaleraNode() {
        Galera.Node writer = galera.nodes.get(0);
        ClusterLog.fault("kill -9 Galera %s (pid %d), haproxy's writer, under load", writer.name(), writer.process.pid());
        writer.kill9();
        Processes.await("the other nodes see 2 members", Duration.ofSeconds(60),
                () -> galera.nodes.get(1).clusterSize() == 2);
        ClusterLog.step("cluster size 2, %s on node2", galera.nodes.get(1).status("wsrep_cluster_status"));
        Processes.sleep(15_000);
        ClusterLog.fault("restart Galera %s; it rejoins", writer.name());
        long t = System.nanoTime();
        writer.start(false);
        writer.awaitSynced();
        String log = writer.errorLog();
        String transfer = log.contains("IST received") || log.contains("Receiving IST") ? "IST"
                : log.contains("SST received") || log.contains("SST succeeded") ? "SST (rsync)" : "state transfer";
        ClusterLog.step("%s Synced again after %d s by %s; cluster size %d", writer.name(),
                Duration.ofNanos(System.nanoTime() - t).toSeconds(), transfer, writer.clusterSize());
    }

    private void killAnInstanceDuringAMonitoringRun() throws SQLException {
        LoadClient http = client(finance);
        for (int attempt = 1; attempt <= 6; attempt++) {
            LoadClient.Answer started = startRun(http);
            if (!started.ok()) {
                continue;
            }
            long run = started.json().get("id").asLong();
            Http[] sessions = {loginDirectly(apps.get(0)), loginDirectly(apps.get(1))};
            String instance = null;
            try (Connection watch = liveNode().connect()) {
                long deadline = System.currentTimeMillis() + 30_000;
                while (instance == null && System.currentTimeMillis() < deadline) {
                    instance = executingSweep(watch, run);
                }
            }
            if (instance == null) {
                ClusterLog.step("run %d was not seen part-way; another run", run);
                continue;
            }
            AppInstance victim = app(instance);
            Http session = sessions[apps.indexOf(victim)];
            long pid = victim.pid();
            victim.kill9();
            appKills.add(LoadClient.now());
            ClusterLog.fault("kill -9 %s (pid %d) while it runs monitoring run %d (at the kill: %s)", victim.name, pid, run,
                    runProgress(run));
            sessionSurvives(session, other(victim));
            long t = System.nanoTime();
            Processes.await("run " + run + " finished by the other instance", Duration.ofMinutes(2),
                    () -> Set.of("DONE", "FAILED").contains(runStatus(run)));
            ClusterLog.check("run %d recovered by %s and ended %s %d s after the kill (%s)", run, other(victim).name,
                    runStatus(run), Duration.ofNanos(System.nanoTime() - t).toSeconds(), runProgress(run));
            if (!"DONE".equals(runStatus(run))) {
                failures.add("run " + run + " cut by the kill ended " + runStatus(run));
            }
            restart(victim);
            return;
        }
        failures.add("no monitoring run could be caught running to kill its instance");
    }

    private void killAnInstanceDuringAnImport() throws Exception {
        AppInstance victim = apps.get(1);
        String stem = String.format("K%05d", World.next() % 100_000);
        StringBuilder text = new StringBuilder();
        for (int copy = 0; copy < IMPORT_COPIES; copy++) {
            text.append(projectTables(SeedImports.leting(bigImportUnits.get(copy), stem + String.format("%02d", copy) + "P")))
                    .append('\n');
        }
        Http session = loginDirectly(victim);
        LoadClient http = new LoadClient(victim.url(), finance, World.PASSWORD);
        ExecutorService one = Executors.newSingleThreadExecutor();
        Future<LoadClient.Answer> sent = one.submit(() -> http.postText("import (to be cut)",
                "/api/imports/target-tables?year=" + YEAR + "&dryRun=false", text.toString()));
        long uncommitted = 0;
        long deadline = System.currentTimeMillis() + 120_000;
        while (uncommitted == 0 && System.currentTimeMillis() < deadline && !sent.isDone()) {
            uncommitted = uncommittedProjects(stem);
        }
        appKills.add(LoadClient.now());
        long pid = victim.pid();
        victim.kill9();
        ClusterLog.fault("kill -9 %s (pid %d) in the middle of an import of %d projects (%d written, not yet committed)",
                victim.name, pid, IMPORT_COPIES * 5, uncommitted);
        LoadClient.Answer answer = sent.get(2, TimeUnit.MINUTES);
        one.shutdown();
        ClusterLog.step("the import's caller got %s", answer.status() == LoadClient.CUT ? "a broken connection"
                : answer.status() + " " + abbreviate(answer.body()));
        sessionSurvives(session, other(victim));
        Processes.await("the cut import rolled back", Duration.ofSeconds(60), () -> uncommittedProjects(stem) == 0);
        long kept = count(galera.nodes.get(1), "SELECT COUNT(*) FROM budget_project WHERE code LIKE '" + stem + "%'");
        ClusterLog.check("the cut import is all or nothing: %d of %d projects kept", kept, IMPORT_COPIES * 5);
        if (kept != 0 && kept != IMPORT_COPIES * 5) {
            failures.add("a cut import left " + kept + " projects");
        }
        if (kept == 0) {
            LoadClient again = client(finance);
            LoadClient.Answer redo = again.postText("import (again)", "/api/imports/target-tables?year=" + YEAR
                    + "&dryRun=false", text.toString());
            ClusterLog.step("the same import sent again through haproxy: %d", redo.status());
            if (!redo.ok()) {
                failures.add("the import sent again: " + redo.status() + " " + abbreviate(redo.body()));
            }
            ledger.record("import:" + stem, String.valueOf(IMPORT_COPIES * 5), redo);
        }
        restart(victim);
    }

    private void restart(AppInstance app) {
        long t = System.nanoTime();
        app.start();
        app.awaitHealthy();
        ClusterLog.fault("%s restarted (pid %d), healthy after %d s", app.name, app.pid(), Duration.ofNanos(System.nanoTime() - t).toSeconds());
    }

    private Http loginDirectly(AppInstance app) {
        for (int attempt = 1; ; attempt++) {
            try {
                Http browser = Http.browser(app.url());
                Http.Response r = browser.login(finance, World.PASSWORD);
                assertEquals(303, r.status(), "login on " + app.name);
                return browser;
            } catch (IllegalStateException e) {
                ClusterLog.step("login on %s failed: %s", app.name, e.getMessage());
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The session cookie of a person logged in on the dead instance, shown to the other one. */
    private void sessionSurvives(Http onDeadInstance, AppInstance other) {
        String cookie = onDeadInstance.cookie("JIXIAO_SESSION").orElseThrow();
        Http browser = Http.browser(other.url());
        browser.setCookie("JIXIAO_SESSION", cookie);
        // without a valid session /api/me answers 401: a 200 is the person still logged in
        Http.Response me = browser.get("/api/me");
        boolean survived = me.status() == 200;
        ClusterLog.check("the session opened on the killed instance goes on through %s: GET /api/me %d", other.name, me.status());
        if (!survived) {
            failures.add("session lost with its instance: " + me.status() + " " + me.body());
        }
    }

    private AppInstance app(String name) {
        return apps.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
    }

    private AppInstance other(AppInstance app) {
        return apps.stream().filter(a -> a != app).findFirst().orElseThrow();
    }

    // ---- the database, read straight from the nodes ------------------------------------------------

    private Galera.Node liveNode() {
        return galera.nodes.stream().filter(n -> n.process.isAlive()).skip(1).findFirst()
                .orElse(galera.nodes.stream().filter(n -> n.process.isAlive()).findFirst().orElseThrow());
    }

    /** The instance whose Quartz thread is running the sweep of this run, while the run is part-way. */
    private String executingSweep(Connection c, long run) throws SQLException {
        {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT r.status, r.projects_checked, r.projects_total, f.instance_name FROM jixiao.monitoring_run r, "
                            + "jixiao.QRTZ_FIRED_TRIGGERS f WHERE r.id = ? AND f.job_name = 'monitoring-sweep' AND f.state = 'EXECUTING'")) {
                s.setLong(1, run);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getString(1).equals("RUNNING") && r.getInt(2) < r.getInt(3)) {
                        return r.getString(4);
                    }
                }
            }
        }
        return null;
    }

    private String runStatus(long run) {
        return text(liveNode(), "SELECT status FROM monitoring_run WHERE id = " + run);
    }

    private String runProgress(long run) {
        return text(liveNode(), "SELECT CONCAT(projects_checked, '/', projects_total, ' projects') FROM monitoring_run WHERE id = " + run);
    }

    /** Rows of an import still in its transaction, seen by a READ UNCOMMITTED reader on each live node. */
    private long uncommittedProjects(String stem) {
        long most = 0;
        for (Galera.Node n : galera.nodes) {
            if (!n.process.isAlive()) {
                continue;
            }
            try (Connection c = n.connect(); Statement s = c.createStatement()) {
                s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM jixiao.budget_project WHERE code LIKE '" + stem + "%'")) {
                    r.next();
                    most = Math.max(most, r.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return most;
    }

    private static long count(Galera.Node node, String sql) {
        return Long.parseLong(text(node, sql));
    }

    private static String text(Galera.Node node, String sql) {
        try (Connection c = node.connect(); Statement s = c.createStatement()) {
            s.execute("USE " + Galera.DATABASE);
            try (ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    // ---- the checks -------------------------------------------------------------------------------

    private void checkEverything() throws SQLException {
        Processes.await("no run QUEUED or RUNNING", Duration.ofMinutes(3),
                () -> count(liveNode(), "SELECT COUNT(*) FROM monitoring_run WHERE status IN ('QUEUED', 'RUNNING')") == 0);
        for (Galera.Node n : galera.nodes) {
            ClusterLog.check("%s: %s, %s, cluster size %d", n.name(), n.status("wsrep_local_state_comment"),
                    n.status("wsrep_cluster_status"), n.clusterSize());
            if (n.clusterSize() != 3 || !"Synced".equals(n.status("wsrep_local_state_comment"))) {
                failures.add(n.name() + " not a Synced member of 3");
            }
        }
        checkAcknowledgedWrites();
        checkRuns();
        checkAlerts();
        checkAnswers();
    }

    /** Every 2xx answer's change is in the database, on every node alike. */
    private void checkAcknowledgedWrites() throws SQLException {
        Map<String, Ledger.Entry> entries = ledger.entries();
        int acknowledged = 0;
        int unknownOnly = 0;
        for (Galera.Node node : galera.nodes) {
            int lost = 0;
            try (Connection c = node.connect()) {
                c.setCatalog(Galera.DATABASE);
                for (Map.Entry<String, Ledger.Entry> e : entries.entrySet()) {
                    String found = found(c, e.getKey());
                    if (!Ledger.allows(e.getValue(), found)) {
                        lost++;
                        failures.add(node.name() + ": " + e.getKey() + " holds " + found + ", acknowledged "
                                + e.getValue().acknowledged + ", unknown " + e.getValue().unknown);
                    }
                }
            }
            ClusterLog.check("%s: %d written values checked, %d acknowledged writes missing", node.name(), entries.size(), lost);
        }
        for (Ledger.Entry e : entries.values()) {
            if (e.acknowledged != null) {
                acknowledged++;
            } else {
                unknownOnly++;
            }
        }
        ClusterLog.check("no acknowledged write lost: %d values acknowledged, %d only ever written without an answer",
                acknowledged, unknownOnly);
    }

    private String found(Connection c, String key) throws SQLException {
        String[] k = key.split(":");
        String sql = switch (k[0]) {
            case "spent" -> "SELECT r.spent_yuan FROM period_report r JOIN reporting_period p ON p.id = r.period_id "
                    + "WHERE r.project_id = ? AND p.code = ?";
            case "status" -> "SELECT r.status FROM period_report r JOIN reporting_period p ON p.id = r.period_id "
                    + "WHERE r.project_id = ? AND p.code = ?";
            case "achievement" -> "SELECT achievement FROM self_evaluation WHERE project_id = ?";
            case "import" -> "SELECT NULLIF(COUNT(*), 0) FROM budget_project WHERE code LIKE CONCAT(?, '%')";
            default -> throw new IllegalStateException(key);
        };
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, k[1]);
            if (k.length > 2) {
                s.setString(2, k[2]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                String value = r.getString(1);
                // a report acknowledged SUBMITTED may since have been approved
                if (k[0].equals("status") && "APPROVED".equals(value)) {
                    return "APPROVED";
                }
                return value;
            }
        }
    }

    private void checkRuns() {
        Galera.Node n = liveNode();
        long open = count(n, "SELECT COUNT(*) FROM monitoring_run WHERE status NOT IN ('DONE', 'FAILED')");
        ClusterLog.check("no run stuck: %d runs QUEUED or RUNNING; %s", open,
                text(n, "SELECT GROUP_CONCAT(CONCAT(status, ' ', c) SEPARATOR ', ') FROM "
                        + "(SELECT status, COUNT(*) c FROM monitoring_run GROUP BY status) s"));
        if (open != 0) {
            failures.add(open + " runs stuck");
        }
        long missing = 0;
        for (long id : runsAcknowledged) {
            String status = text(n, "SELECT status FROM monitoring_run WHERE id = " + id);
            if (status == null) {
                missing++;
            }
        }
        long asked = count(n, "SELECT COUNT(*) FROM monitoring_run WHERE triggered_by = '" + finance + "'");
        ClusterLog.check("no run lost or doubled: %d runs acknowledged (%d answered without an outcome), %d in the database, %d missing",
                runsAcknowledged.size(), runsUnknown.get(), asked, missing);
        if (missing != 0 || asked < runsAcknowledged.size() || asked > runsAcknowledged.size() + runsUnknown.get()) {
            failures.add("runs acknowledged " + runsAcknowledged.size() + ", unknown " + runsUnknown.get() + ", stored " + asked);
        }
        long scheduled = count(n, "SELECT COUNT(*) FROM monitoring_run WHERE scheduled_for IS NOT NULL");
        long firings = count(n, "SELECT COUNT(DISTINCT scheduled_for) FROM monitoring_run WHERE scheduled_for IS NOT NULL");
        long notDone = count(n, "SELECT COUNT(*) FROM monitoring_run WHERE scheduled_for IS NOT NULL AND status <> 'DONE'");
        long spanMinutes = count(n, "SELECT COALESCE(TIMESTAMPDIFF(MINUTE, MIN(scheduled_for), MAX(scheduled_for)), -1) "
                + "FROM monitoring_run WHERE scheduled_for IS NOT NULL");
        // A firing that waited behind other sweeps (the job is not concurrent) for longer than the misfire threshold
        // fires once late instead: firings may be fewer than minutes, never more, and never two runs for one.
        ClusterLog.check("the \"nightly\" job (every minute here) fired once per firing across both instances: %d firings "
                + "over %d minutes, %d runs, %d not DONE", firings, spanMinutes + 1, scheduled, notDone);
        if (scheduled != firings || firings > spanMinutes + 1 || firings < 2 || notDone != 0) {
            failures.add("scheduled runs " + scheduled + " for " + firings + " firings over " + (spanMinutes + 1) + " minutes, "
                    + notDone + " not done");
        }
    }

    private void checkAlerts() {
        Galera.Node n = liveNode();
        long alerts = count(n, "SELECT COUNT(*) FROM monitoring_alert");
        long duplicateLive = count(n, "SELECT COUNT(*) FROM (SELECT subject_key FROM monitoring_alert WHERE status IN "
                + "('OPEN', 'ACKNOWLEDGED') GROUP BY subject_key HAVING COUNT(*) > 1) d");
        long duplicateOpened = count(n, "SELECT COUNT(*) FROM (SELECT subject_key FROM monitoring_alert "
                + "GROUP BY subject_key, first_run_id HAVING COUNT(*) > 1) d");
        long duplicateNotices = count(n, "SELECT COUNT(*) FROM (SELECT event_key FROM notification GROUP BY event_key, user_id "
                + "HAVING COUNT(*) > 1) d");
        ClusterLog.check("no duplicate alerts: %d alerts, %d subjects with two live alerts, %d opened twice by one run; "
                + "%d notifications sent twice", alerts, duplicateLive, duplicateOpened, duplicateNotices);
        if (duplicateLive + duplicateOpened + duplicateNotices != 0) {
            failures.add("duplicate alerts or notifications");
        }
    }

    /** Every failed request got a clear answer (a status with a Chinese message), none hung, none a 500. */
    private void checkAnswers() {
        List<LoadClient.Answer> all = LoadClient.answers();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        int unclear = 0;
        int cutByKill = 0;
        long slowest = 0;
        for (LoadClient.Answer a : all) {
            byStatus.merge(a.status(), 1, Integer::sum);
            slowest = Math.max(slowest, a.millis());
            if (a.ok()) {
                continue;
            }
            boolean nearKill = appKills.stream().anyMatch(k -> a.startedMs() <= k + 5_000 && a.startedMs() + a.millis() >= k - 1_000);
            if ((a.status() == LoadClient.CUT || a.status() == 502) && nearKill) {
                cutByKill++;
                continue;
            }
            boolean clear = Set.of(400, 403, 404, 409, 503).contains(a.status()) && a.message() != null;
            if (!clear) {
                unclear++;
                if (unclear <= 10) {
                    failures.add("unclear answer to " + a.what() + " at " + a.startedMs() + " ms (" + a.millis() + " ms; kills at "
                            + appKills + "): " + a.status() + " " + abbreviate(a.body()));
                }
            }
        }
        Map<String, String> samples = new java.util.TreeMap<>();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (LoadClient.Answer a : all) {
            String kind = a.what() + " " + a.status();
            kinds.merge(kind, 1, Integer::sum);
            if (!a.ok()) {
                samples.putIfAbsent(kind, a.message() == null ? abbreviate(a.body()) : a.message());
            }
        }
        kinds.forEach((kind, n) -> ClusterLog.step("  %-28s %5d%s", kind, n, samples.containsKey(kind) ? "  e.g. " + samples.get(kind) : ""));
        ClusterLog.check("answers by status %s (-1: connection cut, -2: no answer within %d s); slowest %d ms",
                byStatus, LoadClient.LIMIT.toSeconds(), slowest);
        ClusterLog.check("every failed request got a clear answer: %d without a status and message, %d cut by an instance's kill",
                unclear, cutByKill);
        List<String> messages = all.stream().filter(a -> a.status() == 503 || a.status() == 409).map(LoadClient.Answer::message)
                .filter(m -> m != null).distinct().limit(5).toList();
        if (!messages.isEmpty()) {
            ClusterLog.step("messages of the 503/409 answers: %s", messages);
        }
        if (byStatus.getOrDefault(LoadClient.HUNG, 0) > 0) {
            failures.add(byStatus.get(LoadClient.HUNG) + " requests hung");
        }
        if (byStatus.getOrDefault(500, 0) > 0) {
            failures.add(byStatus.get(500) + " answers 500");
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
