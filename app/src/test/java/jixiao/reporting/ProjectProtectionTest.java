package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The target registry keeps reported data: no edit or delete of a project makes reported progress disappear. */
@MicronautTest
class ProjectProtectionTest {

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    Http bureau;
    String code;
    String name;
    long project;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("保护单位");
        bureau = world.script(world.user("BUREAU", List.of(unit)));
        code = "PROT" + World.next();
        name = "保护项目" + World.next();
        project = Projects.create(bureau, Projects.leting(unit, code, name));
    }

    @Test
    void anEditThatWouldDropAReportedIndicatorIsRefused() {
        JsonNode blank = Reports.get(bureau, project, "2024-06");
        long stability = Reports.indicatorId(blank, "维护社会稳定");
        assertEquals(200, bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "100",
                List.of(Reports.entry(stability, null, "PARTIAL", null, null))))).status());

        Map<String, Object> edit = Projects.leting(unit, code, name);
        indicators(edit).removeIf(i -> i.get("name").equals("维护社会稳定"));
        edit.put("version", version());
        Http.Response refused = bureau.putJson("/api/projects/" + project, Json.write(edit));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("indicators: 指标“维护社会稳定”已有执行情况填报（2024-06），不能删除；如需调整，请修改该指标而不是删除"),
                Reports.problems(refused));
        assertEquals(5, Json.parse(bureau.get("/api/projects/" + project).body()).get("indicators").size(), "nothing changed");

        // Changing the reported indicator's target keeps it and its progress; dropping an unreported one is fine.
        Map<String, Object> allowed = Projects.leting(unit, code, name);
        indicators(allowed).get(3).put("target", "显著提升");
        indicators(allowed).removeIf(i -> i.get("name").equals("控制在预算内"));
        allowed.put("version", version());
        Http.Response ok = bureau.putJson("/api/projects/" + project, Json.write(allowed));
        assertEquals(200, ok.status(), ok.body());
        JsonNode report = Reports.get(bureau, project, "2024-06");
        assertEquals(4, report.get("indicators").size());
        assertEquals("PARTIAL", report.get("indicators").get(2).get("grade").asText(), "the progress survived the edit");
        assertEquals("显著提升", report.get("indicators").get(2).get("target").asText());

        Map<String, Object> moved = Projects.leting(unit, code, name);
        indicators(moved).removeIf(i -> i.get("name").equals("控制在预算内"));
        moved.put("year", 2025);
        moved.put("version", version());
        Http.Response year = bureau.putJson("/api/projects/" + project, Json.write(moved));
        assertEquals(400, year.status(), year.body());
        assertTrue(Reports.problems(year).get(0).startsWith("year: 项目已有 2024 年度的执行情况填报（2024-06）"), year.body());
    }

    @Test
    void aProjectWithReportsCannotBeDeleted() {
        assertEquals(200, bureau.putJson(Reports.path(project, "2024-03"), Json.write(Reports.body(null, "100", List.of()))).status());
        assertEquals(200, bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "200", List.of()))).status());
        Http.Response refused = bureau.delete("/api/projects/" + project);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("id: 项目《" + name + "》已有执行情况填报（2024-03、2024-06），不能删除"), Reports.problems(refused));
        assertEquals(200, bureau.get("/api/projects/" + project).status(), "still there");

        Http browser = world.browser(world.user("FINANCE", List.of()));
        browser.get("/projects/" + project);
        Http.Response page = browser.postForm("/projects/" + project + "/delete", Map.of());
        assertEquals(400, page.status());
        assertTrue(page.body().contains("已有执行情况填报"), "the page says why");

        long unreported = Projects.create(bureau, Projects.leting(unit, "FREE" + World.next(), "无填报项目" + World.next()));
        Reports.get(bureau, unreported, "2024-06");
        assertEquals(204, bureau.delete("/api/projects/" + unreported).status(), "reading a blank report stores nothing");
    }

    private long version() {
        return Json.parse(bureau.get("/api/projects/" + project).body()).get("version").asLong();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indicators(Map<String, Object> project) {
        return (List<Map<String, Object>>) project.get("indicators");
    }
}
