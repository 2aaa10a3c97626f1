package jixiao.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One jixiao instance: the packaged jar, pointed at haproxy's MariaDB port like an operator would. */
final class AppInstance {

    static final String ADMIN_PASSWORD = jixiao.testing.World.ADMIN_PASSWORD;
    private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Path jar;
    private final Path log;
    private final int dbPort;
    private Process process;

    AppInstance(String name, int port, Path jar, Path dir, int dbPort) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = dir.resolve(name + ".log");
        this.dbPort = dbPort;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                // the Quartz instance id names the instance in QRTZ_FIRED_TRIGGERS (what it is running)
                "-Djixiao.scheduler.instance-id=" + name,
                // "nightly" compressed to every minute, to see it fire once per firing across the cluster
                "-Djixiao.monitoring.schedule.crons=0 * * * * ?",
                // small chunks: a run takes long enough to be killed in the middle
                "-Djixiao.monitoring.chunk-size=1",
                "-Ddatasources.default.connection-timeout=5000",
                "-jar", jar.toString()));
        Map<String, String> env = Map.of(
                "DATASOURCES_DEFAULT_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + Galera.DATABASE + "?socketTimeout=60000",
                "DATASOURCES_DEFAULT_USERNAME", Galera.USER,
                "DATASOURCES_DEFAULT_PASSWORD", Galera.PASSWORD,
                "JIXIAO_PORT", String.valueOf(port),
                "JIXIAO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = Processes.start(cmd, log, env);
    }

    void awaitHealthy() {
        Processes.await(name + " healthy", Duration.ofMinutes(3), () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited: see " + log);
            }
            return healthy();
        });
    }

    boolean healthy() {
        try {
            HttpResponse<String> r = HEALTH.send(HttpRequest.newBuilder(URI.create(url() + "/health"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    void kill9() {
        Processes.kill9(process);
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
