package jixiao;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.db.DefaultSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

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
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;

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
        // every migration script is applied: counted from the scripts, so adding one needs no change here
        MigrationInfoService migrations = Flyway.configure().dataSource(resolver.resolve(dataSource))
                .locations("classpath:db/migration").load().info();
        assertEquals(0, migrations.pending().length, "pending migrations");
        assertTrue(migrations.all().length >= 7, "migrations found: " + migrations.all().length);
        assertEquals(String.valueOf(migrations.all().length),
                db.fetchValue("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1").toString());
    }
}
