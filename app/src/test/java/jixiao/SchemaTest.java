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
        // Every migration V1..Vn applied, none failed or skipped (not tied to n, so adding one needs no edit here).
        String applied = db.fetchValue("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1").toString();
        assertEquals(db.fetchValue("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history").toString(), applied);
        assertTrue(Integer.parseInt(applied) >= 7, "migrations applied: " + applied);
    }
}
