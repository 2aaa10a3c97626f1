package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 point 10: a finance officer who fills and submits a unit's report in its place cannot approve it
 * too; a colleague can. And every answer carries the security headers.
 */
@MicronautTest
class FourEyesTest {

    @Inject
    EmbeddedServer server;

    @Test
    void whoeverSubmittedCannotApprove() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("四眼原则");
        Http finance = world.script(world.user("FINANCE", List.of()));
        Http colleague = world.script(world.user("FINANCE", List.of()));
        long project = Projects.create(finance, Projects.leting(unit, "FE" + World.next(), "法制建设" + World.next()));
        JsonNode blank = Reports.get(finance, project, "2024-06");
        Http.Response filled = finance.putJson(Reports.path(project, "2024-06"),
                Json.write(Reports.body(null, "12000", Reports.complete(blank))));
        assertEquals(200, filled.status(), filled.body());
        Http.Response submitted = finance.postJson(Reports.path(project, "2024-06") + "/submit",
                Json.write(Map.of("version", Reports.version(Json.parse(filled.body())))));
        assertEquals(200, submitted.status(), submitted.body());
        long version = Reports.version(Json.parse(submitted.body()));

        Http.Response own = finance.postJson(Reports.path(project, "2024-06") + "/approve", Json.write(Map.of("version", version)));
        assertEquals(403, own.status(), own.body());
        assertTrue(own.body().contains("提交人不能审核自己提交的内容"), own.body());
        Http.Response other = colleague.postJson(Reports.path(project, "2024-06") + "/approve", Json.write(Map.of("version", version)));
        assertEquals(200, other.status(), other.body());
        assertEquals("APPROVED", Json.parse(other.body()).get("status").asText());
    }

    @Test
    void pagesJsonAndExportsAreNeitherFramedNorCached() {
        World world = new World(server.getURL().toString());
        Http finance = world.browser(world.user("FINANCE", List.of()));
        for (String path : List.of("/login", "/projects", "/api/projects", "/imports/template.xlsx")) {
            Http.Response r = finance.get(path);
            assertEquals(200, r.status(), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("no-store", r.header("Cache-Control"), path);
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        }
    }
}
