package jixiao.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 point 10: the smaller holes, each over HTTP against the running app. */
@MicronautTest
class RequestHardeningTest {

    @Inject
    EmbeddedServer server;

    private String base() {
        return server.getURL().toString();
    }

    @Test
    void aPagePostFromAnotherSiteIsRefusedEvenWithTheToken() {
        World world = new World(base());
        String user = world.user("FINANCE", List.of());
        Http browser = world.browser(user);
        String host = server.getURL().getHost() + ":" + server.getPort();
        Http.Response foreign = browser.withHeader("Origin", "http://evil.example").postForm("/logout", Map.of());
        assertEquals(403, foreign.status(), "a post whose Origin is another site");
        Http own = world.browser(user).withHeader("Origin", "http://" + host);
        assertEquals(303, own.postForm("/logout", Map.of()).status(), "the site's own origin passes");
        Http referred = world.browser(user).withHeader("Referer", "http://evil.example/page");
        assertEquals(403, referred.postForm("/logout", Map.of()).status(), "without Origin, the Referer counts");
        assertEquals(403, world.browser(user).withHeader("Origin", "null").postForm("/logout", Map.of()).status(),
                "an opaque origin is refused");
        Http proxied = world.browser(user).withHeader("Origin", "https://jixiao.example")
                .withHeader("X-Forwarded-Host", "jixiao.example");
        assertEquals(303, proxied.postForm("/logout", Map.of()).status(),
                "behind the trusted proxy the host the browser asked for is X-Forwarded-Host");
    }

    @Test
    void aTakenCodeDoesNotNameAnotherUnitsProject() {
        World world = new World(base());
        String mine = world.unit("甲单位");
        String theirs = world.unit("乙单位");
        String code = "SECRET" + World.next();
        Http them = world.script(world.user("BUREAU", List.of(theirs)));
        Projects.create(them, Projects.leting(theirs, code, "乙单位的保密项目"));
        Http me = world.script(world.user("BUREAU", List.of(mine)));
        Http.Response taken = me.postJson("/api/projects", Json.write(Projects.leting(mine, code, "甲单位项目")));
        assertEquals(400, taken.status(), taken.body());
        assertTrue(taken.body().contains("已被其他单位的项目使用"), taken.body());
        assertFalse(taken.body().contains("保密项目"), "another unit's project is not named: " + taken.body());
    }

    @Test
    void aFractionalYearIsRefusedNotTruncated() {
        World world = new World(base());
        String unit = world.unit("年度");
        Http bureau = world.script(world.user("BUREAU", List.of(unit)));
        String body = Json.write(Projects.leting(unit, "Y" + World.next(), "年度项目" + World.next()))
                .replace("\"year\":2024", "\"year\":2024.5");
        assertTrue(body.contains("2024.5"));
        Http.Response r = bureau.postJson("/api/projects", body);
        assertEquals(400, r.status(), r.body());
        assertEquals(0, Json.parse(bureau.get("/api/projects?unitCode=" + unit).body()).size());
    }

    @Test
    void unknownRoutesAre404AndWrongContentTypes415() {
        World world = new World(base());
        Http finance = world.script(world.user("FINANCE", List.of()));
        assertEquals(404, finance.get("/api/no-such-thing").status());
        assertEquals(404, finance.get("/no-such-page").status());
        for (String endpoint : List.of("/info", "/routes", "/env", "/beans", "/loggers", "/metrics", "/threaddump")) {
            assertEquals(404, finance.get(endpoint).status(), endpoint + ": no management endpoint but /health");
        }
        Http.Response health = Http.browser(base()).get("/health");
        assertEquals(200, health.status(), "load balancers may ask");
        assertFalse(health.body().contains("jdbc"), health.body());
        assertTrue(Json.parse(health.body()).get("details").isNull(), "no details for anyone: " + health.body());
        assertTrue(Json.parse(finance.get("/health").body()).get("details").isNull(), "not even for a logged-in user");
        Http.Response xml = finance.postBytes("/api/projects", "application/xml", "<project/>".getBytes());
        assertEquals(415, xml.status(), xml.body());
    }

    @Test
    void aCsrfTokenIsSignedAndWorthNothingInAnotherSession() {
        World world = new World(base());
        Http alice = world.browser(world.user("FINANCE", List.of()));
        String aliceToken = alice.csrfToken().orElseThrow();
        assertTrue(aliceToken.contains("."), "signed: " + aliceToken);
        Http bob = world.browser(world.user("FINANCE", List.of()));
        bob.setCookie("JIXIAO_CSRF", aliceToken);
        assertEquals(403, bob.postForm("/logout", Map.of("csrfToken", aliceToken)).status(),
                "a token of another session, even as cookie and field alike");
        String forged = aliceToken.substring(0, aliceToken.indexOf('.') + 1) + "AAAA" + aliceToken.substring(aliceToken.indexOf('.') + 5);
        alice.setCookie("JIXIAO_CSRF", forged);
        assertEquals(403, alice.postForm("/logout", Map.of("csrfToken", forged)).status(), "a token not signed by the app");
        alice.setCookie("JIXIAO_CSRF", aliceToken);
        assertEquals(303, alice.postForm("/logout", Map.of("csrfToken", aliceToken)).status(), "its own token passes");
    }
}
