package jixiao;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.db.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jOOQ classes are generated from the migration scripts, not from the database: this checks
 * that every generated table and column exists in the real, migrated MariaDB.
 */
@MicronautTest
class SchemaTest {

    @Inject
    DSLContext db;

    @Test
    void everyGeneratedTableAndColumnExistsInTheMigratedMariaDb() {
        String version = db.fetchValue("SELECT VERSION()").toString();
        assertTrue(version.contains("MariaDB"), version);
        int checked = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            db.select(table.fields()).from(table).limit(0).fetch();
            checked++;
        }
        assertTrue(checked >= 19, "tables checked: " + checked);
        // every script of db/migration was applied, and nothing else
        int scripts = migrationScripts();
        assertTrue(scripts >= 7, "migration scripts found: " + scripts);
        assertEquals(String.valueOf(scripts),
                db.fetchValue("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1").toString());
        assertEquals("0", db.fetchValue("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0").toString());
    }

    private static int migrationScripts() {
        try {
            java.net.URL folder = SchemaTest.class.getResource("/db/migration");
            if ("jar".equals(folder.getProtocol())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(folder.toURI(), java.util.Map.of());
                     var files = java.nio.file.Files.list(jar.getPath("/db/migration"))) {
                    return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
                }
            }
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()))) {
                return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
