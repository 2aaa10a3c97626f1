package jixiao.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Three MariaDB Galera nodes on loopback, each with its own data folder and ports, run as the mysql
 * user (the rsync SST daemon drops root's rights and could not write a root-owned folder).
 */
final class Galera {

    static final String DATABASE = "jixiao";
    static final String USER = "jixiao";
    static final String PASSWORD = "jixiao-cluster";

    final List<Node> nodes = new ArrayList<>();

    Galera(Path dir, int firstPort) {
        for (int i = 1; i <= 3; i++) {
            nodes.add(new Node(i, dir.resolve("node" + i), firstPort + i, firstPort + 10 + i, firstPort + 20 + i, firstPort + 30 + i,
                    firstPort));
        }
    }

    /** Debian's packages, installed when missing; Debian's own server is stopped and disabled at once. */
    static void installPackages() {
        boolean missing = !Processes.exists("/usr/sbin/mariadbd") || !Processes.exists("/usr/lib/galera/libgalera_smm.so")
                || !Processes.exists("/usr/sbin/haproxy") || !Processes.exists("/usr/bin/rsync")
                || !Processes.exists("/usr/bin/mariadb");
        if (!missing) {
            ClusterLog.step("mariadb-server, galera-4, haproxy and rsync are installed");
            return;
        }
        ClusterLog.step("installing mariadb-server galera-4 haproxy rsync with apt-get");
        Processes.run("bash", "-c", "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "
                + "mariadb-server galera-4 haproxy rsync");
        // The packaged service would hold port 3306 and a data folder of its own; the cluster needs neither.
        Processes.run("bash", "-c", "(systemctl disable --now mariadb haproxy || service mariadb stop || true) >/dev/null 2>&1; true");
    }

    void create() {
        for (Node n : nodes) {
            n.writeConfig(nodes);
            Processes.run("mariadb-install-db", "--defaults-file=" + n.config, "--user=mysql",
                    "--auth-root-authentication-method=socket", "--skip-test-db");
        }
        Processes.run("chown", "-R", "mysql:mysql", nodes.get(0).dir.getParent().toString());
    }

    void bootstrap() {
        Node first = nodes.get(0);
        first.start(true);
        first.awaitSynced();
        first.sqlAsRoot("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                + "GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                // haproxy's health check logs in without a password and may do nothing else
                + "CREATE USER 'haproxy'@'127.0.0.1';");
        for (Node n : nodes.subList(1, 3)) {
            n.start(false);
            n.awaitSynced();
        }
        ClusterLog.step("Galera cluster of %d nodes, all Synced: %s", first.clusterSize(), first.status("wsrep_cluster_status"));
    }

    void stopAll() {
        for (Node n : nodes) {
            if (n.process != null && n.process.isAlive()) {
                n.process.destroyForcibly();
            }
        }
    }

    static final class Node {
        final int number;
        final Path dir;
        final Path config;
        final int port;
        final int gcommPort;
        final int istPort;
        final int sstPort;
        final int haproxyPort;
        Process process;

        Node(int number, Path dir, int port, int gcommPort, int istPort, int sstPort, int haproxyPort) {
            this.number = number;
            this.dir = dir;
            this.config = dir.resolve("my.cnf");
            this.port = port;
            this.gcommPort = gcommPort;
            this.istPort = istPort;
            this.sstPort = sstPort;
            this.haproxyPort = haproxyPort;
        }

        String name() {
            return "node" + number;
        }

        void writeConfig(List<Node> all) {
            StringBuilder peers = new StringBuilder();
            for (Node n : all) {
                peers.append(peers.length() == 0 ? "" : ",").append("127.0.0.1:").append(n.gcommPort);
            }
            String cnf = """
                    [mariadbd]
                    datadir=%1$s/data
                    socket=%1$s/mysqld.sock
                    pid-file=%1$s/mysqld.pid
                    log-error=%1$s/error.log
                    port=%2$d
                    bind-address=127.0.0.1
                    user=mysql
                    skip-name-resolve
                    character-set-server=utf8mb4
                    collation-server=utf8mb4_unicode_ci
                    innodb_buffer_pool_size=64M
                    innodb_log_file_size=32M
                    innodb_flush_log_at_trx_commit=2
                    # Galera: row-based replication, InnoDB only, interleaved auto-increment locks
                    binlog_format=ROW
                    default_storage_engine=InnoDB
                    innodb_autoinc_lock_mode=2
                    wsrep_on=ON
                    wsrep_provider=/usr/lib/galera/libgalera_smm.so
                    wsrep_cluster_name=jixiao
                    wsrep_cluster_address=gcomm://%3$s
                    wsrep_node_name=%4$s
                    wsrep_node_address=127.0.0.1:%5$d
                    wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:%5$d;ist.recv_addr=127.0.0.1:%6$d;gcache.size=128M"
                    wsrep_sst_receive_address=127.0.0.1:%7$d
                    wsrep_sst_method=rsync
                    """.formatted(dir, port, peers, name(), gcommPort, istPort, sstPort);
            try {
                Files.createDirectories(dir);
                Files.writeString(config, cnf);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void start(boolean newCluster) {
            List<String> cmd = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--defaults-file=" + config));
            if (newCluster) {
                cmd.add("--wsrep-new-cluster");
            }
            process = Processes.start(cmd, dir.resolve("console.log"), Map.of());
        }

        void kill9() {
            Processes.kill9(process);
        }

        void awaitSynced() {
            Processes.await(name() + " Synced", Duration.ofMinutes(3), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError(name() + " exited: see " + dir.resolve("error.log"));
                }
                return "Synced".equals(status("wsrep_local_state_comment"));
            });
        }

        int clusterSize() {
            return Integer.parseInt(status("wsrep_cluster_size"));
        }

        /** A wsrep status variable, read as root through the node's socket. */
        String status(String variable) {
            String line = Processes.run("mariadb", "--socket=" + dir.resolve("mysqld.sock"), "-N", "-B", "-e",
                    "SHOW STATUS LIKE '" + variable + "'").trim();
            return line.isEmpty() ? null : line.substring(line.indexOf('\t') + 1);
        }

        /** As the application's user, straight to this node (not through haproxy). */
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=" + USER + "&password=" + PASSWORD
                    + "&connectTimeout=2000&socketTimeout=30000");
        }

        void sqlAsRoot(String sql) {
            Processes.run("mariadb", "--socket=" + dir.resolve("mysqld.sock"), "-e", sql);
        }

        String errorLog() {
            try {
                return Files.readString(dir.resolve("error.log"));
            } catch (IOException e) {
                return "";
            }
        }
    }
}
