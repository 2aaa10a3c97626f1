package jixiao.audit;

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
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class AuditTrailTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aChangeThroughTheFormAndOneThroughTheApiEachLeaveOneEntryWithUserAndValues() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("审计单位");
        String clerk = world.user("BUREAU", List.of(unit));
        Http finance = world.script(world.user("FINANCE", List.of()));
        long id = Projects.create(world.script(clerk), Projects.leting(unit, "AUD" + World.next(), "审计测试项目"));
        assertEquals(1, entries(finance, id).size(), "creating wrote one entry");

        // Through the API: the budget changes from 3.00 to 4.00 万元.
        Map<String, Object> edited = Projects.leting(unit, null, "审计测试项目");
        JsonNode current = Json.parse(world.script(clerk).get("/api/projects/" + id).body());
        edited.put("code", current.get("code").asText());
        edited.put("budget", "4.00");
        edited.put("fiscalFunds", "4.00");
        assertEquals(200, world.script(clerk).putJson("/api/projects/" + id, Json.write(edited)).status());
        List<JsonNode> afterApi = entries(finance, id);
        assertEquals(2, afterApi.size());
        JsonNode apiEntry = afterApi.get(0);
        assertEquals("UPDATE", apiEntry.get("action").asText());
        assertEquals(clerk, apiEntry.get("username").asText());
        assertTrue(apiEntry.get("address").asText().length() > 0);
        assertEquals(unit, apiEntry.get("unitCode").asText());
        JsonNode budget = change(apiEntry, "budgetYuan");
        assertEquals("30000", budget.get("oldValue").asText());
        assertEquals("40000", budget.get("newValue").asText());

        // Through the form: the name changes.
        Http browser = world.browser(clerk);
        String form = browser.get("/projects/" + id + "/edit").body();
        assertTrue(form.contains("审计测试项目"));
        Http.Response saved = browser.postForm("/projects/" + id + "/edit", Map.ofEntries(
                Map.entry("version", current.get("version").asLong() + 1), Map.entry("year", "2024"), Map.entry("unitCode", unit),
                Map.entry("kind", "PROJECT"), Map.entry("code", current.get("code").asText()), Map.entry("name", "审计测试项目（改名）"),
                Map.entry("moneyUnit", "万元"), Map.entry("budget", "4.00"), Map.entry("fiscalFunds", "4.00"), Map.entry("otherFunds", "0"),
                Map.entry("purpose", "用于法制建设等日常办案费用"), Map.entry("goal", "1.完成县政府交办的各项事务，维护社会稳定"),
                Map.entry("planMonth", List.of("3", "6", "10", "12")), Map.entry("plan_3", "25"), Map.entry("plan_6", "50"),
                Map.entry("plan_10", "75"), Map.entry("plan_12", "100"),
                Map.entry("ind_id", ids(current)), Map.entry("ind_periodTarget", column(current, "periodTarget")),
                Map.entry("ind_level1", column(current, "level1")), Map.entry("ind_level2", column(current, "level2")),
                Map.entry("ind_name", column(current, "name")), Map.entry("ind_description", column(current, "description")),
                Map.entry("ind_target", column(current, "target")), Map.entry("ind_basis", column(current, "basis")),
                Map.entry("ind_weight", column(current, "weight"))));
        assertEquals(303, saved.status(), saved.body());
        List<JsonNode> afterForm = entries(finance, id);
        assertEquals(3, afterForm.size());
        JsonNode formEntry = afterForm.get(0);
        assertEquals(clerk, formEntry.get("username").asText());
        assertEquals(1, formEntry.get("changes").size(), "only the name changed: " + formEntry.get("changes"));
        assertEquals("审计测试项目", change(formEntry, "name").get("oldValue").asText());
        assertEquals("审计测试项目（改名）", change(formEntry, "name").get("newValue").asText());

        // The page shows it too, and a bureau cannot open the trail.
        assertTrue(world.browser(world.user("FINANCE", List.of())).get("/audit?unitCode=" + unit).body().contains("审计测试项目（改名）"));
        assertEquals(403, world.script(clerk).get("/api/audit?unitCode=" + unit).status());
    }

    @Test
    void thePageShowsPeopleByNameAndCodesByTheirLabels() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("审计标签单位");
        String clerk = world.user("BUREAU", List.of(unit), "钱书记员");
        Projects.create(world.script(clerk), Projects.leting(unit, "AUL" + World.next(), "审计标签项目"));
        Http finance = world.browser(world.user("FINANCE", List.of()));

        String projects = finance.get("/audit?unitCode=" + unit).body();
        assertTrue(projects.contains("钱书记员（" + clerk + "）"), "the person by 姓名");
        assertTrue(projects.contains("指标“产出指标/数量指标/开展行政执法培训”"), projects);
        assertFalse(projects.contains("indicator:"), "no internal field codes");

        String users = finance.get("/audit?entityType=USER&username=admin").body();
        assertTrue(users.contains("单位填报人") && users.contains(">是<"), "role and yes/no by their labels");
        assertFalse(users.contains(">BUREAU<") || users.contains(">true<"), "no stored codes");
    }

    private static List<JsonNode> entries(Http finance, long projectId) {
        JsonNode all = Json.parse(finance.get("/api/audit?entityType=PROJECT&entityId=" + projectId).body());
        return StreamSupport.stream(all.spliterator(), false).toList();
    }

    private static JsonNode change(JsonNode entry, String field) {
        for (JsonNode c : entry.get("changes")) {
            if (c.get("field").asText().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no change of " + field + " in " + entry);
    }

    private static List<String> column(JsonNode project, String field) {
        return StreamSupport.stream(project.get("indicators").spliterator(), false)
                .map(i -> i.get(field).isNull() ? "" : i.get(field).asText()).toList();
    }

    private static List<String> ids(JsonNode project) {
        return column(project, "id");
    }
}
