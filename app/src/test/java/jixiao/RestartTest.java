package jixiao;

import com.fasterxml.jackson.databind.JsonNode;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as a user runs it: a separate JVM on the embedded MariaDB with a persistent data
 * folder, stopped and started again. What was entered through the form, and the browser session,
 * survive the restart.
 */
class RestartTest {

    private static final String ADMIN_PASSWORD = "restart-admin-pass";
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void dataAndSessionsSurviveARestart() throws Exception {
        Path dataDir = Path.of("target", "restart-test", String.valueOf(System.nanoTime())).toAbsolutePath();
        Files.createDirectories(dataDir);
        int port = freePort();
        String base = "http://localhost:" + port;

        app = start(dataDir, port);
        Http browser = Http.browser(base);
        assertEquals(303, browser.login("admin", ADMIN_PASSWORD).status());
        Http admin = Http.script(base, "admin", ADMIN_PASSWORD);
        assertEquals(201, admin.postJson("/api/units", Json.write(Map.of("code", "315001", "name", "乐亭县司法局本级"))).status());
        browser.get("/projects/new");
        Http.Response created = browser.postForm("/projects/new", Map.ofEntries(
                Map.entry("year", "2024"), Map.entry("unitCode", "315001"), Map.entry("kind", "PROJECT"),
                Map.entry("code", "13022524P000R2410016N"), Map.entry("name", "法制建设"), Map.entry("moneyUnit", "万元"),
                Map.entry("budget", "3.00"), Map.entry("fiscalFunds", "3.00"), Map.entry("otherFunds", ""),
                Map.entry("planMonth", List.of("3", "6", "10", "12")), Map.entry("plan_3", "25"), Map.entry("plan_6", "50"),
                Map.entry("plan_10", "75"), Map.entry("plan_12", "100"),
                Map.entry("ind_id", List.of("")), Map.entry("ind_periodTarget", List.of("")),
                Map.entry("ind_level1", List.of("产出指标")), Map.entry("ind_level2", List.of("数量指标")),
                Map.entry("ind_name", List.of("开展行政执法培训")), Map.entry("ind_description", List.of("")),
                Map.entry("ind_target", List.of("≥6次")), Map.entry("ind_basis", List.of("年初预算安排")),
                Map.entry("ind_weight", List.of(""))));
        assertEquals(303, created.status(), created.body());
        String projectPath = created.location();

        app.destroy();
        assertEquals(true, app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the app stops");
        app = start(dataDir, port);

        Http.Response page = browser.get(projectPath);
        assertEquals(200, page.status(), "the browser's session is still valid after the restart");
        assertTrue(page.body().contains("法制建设") && page.body().contains("≥6次"), "the project entered through the form is still there");
        JsonNode list = Json.parse(admin.get("/api/projects?year=2024&unitCode=315001").body());
        assertEquals(1, list.size());
        assertEquals("3.00", list.get(0).get("budget").asText());
    }

    private Process start(Path dataDir, int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "jixiao.Application");
        pb.environment().put("JIXIAO_DATA_DIR", dataDir.resolve("mariadb").toString());
        pb.environment().put("JIXIAO_PORT", String.valueOf(port));
        pb.environment().put("JIXIAO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dataDir.toFile(), "app.log")));
        Process p = pb.start();
        Http probe = Http.browser("http://localhost:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (probe.get("/login").status() == 200) {
                    return p;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while starting
            }
            if (!p.isAlive()) {
                throw new AssertionError("the app exited; see " + dataDir.resolve("app.log"));
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the app did not start in time; see " + dataDir.resolve("app.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
