package jixiao.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * haproxy in front of the Galera nodes (one writer, the others backups) and of the application
 * instances (round robin, checked on /health). The configuration is the one the README gives.
 */
final class Haproxy {

    private final Path dir;
    private Process process;

    Haproxy(Path dir) {
        this.dir = dir;
    }

    void start(int dbPort, List<Galera.Node> nodes, int webPort, List<Integer> appPorts) {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 1024
                defaults
                    timeout connect 2s
                    retries 2
                    option redispatch

                # MariaDB: every connection to one node at a time, so that row locks (SELECT ... FOR UPDATE)
                # hold and certification conflicts stay rare; the others take over when it fails. The
                # stick table keeps the writer where it moved until that one fails in turn, rather than
                # moving back while a restarted node is still catching up.
                listen galera
                    bind 127.0.0.1:%d
                    mode tcp
                    timeout client 10m
                    timeout server 10m
                    balance first
                    option mysql-check user haproxy
                    timeout check 3s
                    stick-table type ip size 1
                    stick on dst
                    default-server inter 1s rise 3 fall 2 on-marked-down shutdown-sessions
                """.formatted(dbPort));
        for (Galera.Node n : nodes) {
            cfg.append("    server ").append(n.name()).append(" 127.0.0.1:").append(n.port).append(" check")
                    .append(n.number == 1 ? "" : " backup").append('\n');
        }
        cfg.append("""

                # The application instances: any instance serves any request (sessions are in the database).
                listen jixiao
                    bind 127.0.0.1:%d
                    mode http
                    timeout client 5m
                    timeout server 5m
                    balance roundrobin
                    option httpchk GET /health
                    http-check expect status 200
                    # a busy instance may take a few seconds to answer /health; it is not dead for that
                    timeout check 5s
                    default-server inter 2s rise 2 fall 3
                """.formatted(webPort));
        for (int i = 0; i < appPorts.size(); i++) {
            cfg.append("    server app").append(i + 1).append(" 127.0.0.1:").append(appPorts.get(i)).append(" check\n");
        }
        Path file = dir.resolve("haproxy.cfg");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, cfg);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Processes.run("/usr/sbin/haproxy", "-c", "-q", "-f", file.toString());
        process = Processes.start(List.of("/usr/sbin/haproxy", "-db", "-f", file.toString()), dir.resolve("haproxy.log"), Map.of());
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
