package jixiao.database;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.common.Messages;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The bulkhead of heavy reads: with every turn taken, a summary is answered 503 with the message
 * (not queued for the pool's connections), and answered again once a turn is free; a heavy read's
 * statement is stopped by MariaDB at its max_statement_time and read as an overload.
 */
@MicronautTest(transactional = false)
@Property(name = "jixiao.heavy-work.concurrent", value = "2")
@Property(name = "jixiao.heavy-work.wait", value = "100ms")
@Property(name = "jixiao.heavy-work.statement-timeout", value = "500ms")
class HeavyWorkTest {

    @Inject
    EmbeddedServer server;
    @Inject
    HeavyWork heavy;
    @Inject
    DSLContext db;

    @Test
    void withEveryTurnTakenASummaryIsAnswered503WithTheMessage() {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        List<HeavyWork.Turn> taken = new ArrayList<>();
        try {
            while (heavy.available() > 0) {
                taken.add(heavy.turn());
            }
            Http.Response busy = finance.get("/api/self-evaluations/summary?year=2063");
            assertEquals(503, busy.status(), busy.body());
            assertEquals(Messages.text("server.busy"), Json.parse(busy.body()).get("message").asText());
            Http.Response page = world.browser(world.user("FINANCE", List.of())).get("/evaluations?year=2063");
            assertEquals(503, page.status());
            assertEquals(true, page.body().contains(Messages.text("server.busy")), page.body());
        } finally {
            taken.forEach(HeavyWork.Turn::close);
        }
        assertEquals(200, finance.get("/api/self-evaluations/summary?year=2063").status());
        assertEquals(2, heavy.available(), "every turn given back");
    }

    @Test
    void aHeavyStatementIsStoppedAtItsTimeLimit() {
        DataAccessException stopped = assertThrows(DataAccessException.class,
                () -> heavy.read(() -> db.fetchValue("SELECT SLEEP(5)")));
        assertEquals("server.tooSlow", Overload.messageKey(stopped), stopped.toString());
        assertEquals(1, ((Number) heavy.read(() -> db.fetchValue("SELECT 1"))).intValue(), "the next read runs");
    }
}
