package jixiao;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class SchemaTest {

    @Inject
    DataSource dataSource;

    @Test
    void runsOnMariaDbWithMigratedSchema() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT VERSION(), (SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1)")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).contains("MariaDB"), rs.getString(1));
            assertTrue(rs.getInt(2) >= 2);
        }
    }
}
