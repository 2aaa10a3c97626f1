package jixiao.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Sql;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions end after 30 idle minutes (the configured default); the clock is moved in MariaDB. */
@MicronautTest(transactional = false)
class SessionTimeoutTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    @Test
    void anIdleSessionEnds() {
        World world = new World(server.getURL().toString());
        String user = world.user("FINANCE", List.of());
        Http browser = world.browser(user);
        assertEquals(200, browser.get("/projects").status());
        age(user, 29);
        assertEquals(200, browser.get("/projects").status(), "29 idle minutes: still logged in, and the timer restarts");
        age(user, 31);
        Http.Response after = browser.get("/projects");
        assertEquals(303, after.status(), "31 idle minutes: logged out");
        assertTrue(after.location().startsWith("/login"));
    }

    private void age(String username, int minutes) {
        assertEquals(1, sql.update("UPDATE user_session SET last_seen_at = last_seen_at - INTERVAL ? MINUTE "
                + "WHERE user_id = (SELECT id FROM app_user WHERE username = ?)", minutes, username));
    }
}
