package jixiao.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A department target's budget summary typed in the form, shown on its page, offered again in the edit form. */
@MicronautTest
class BudgetSummaryFormTest {

    @Inject
    EmbeddedServer server;

    @Test
    void typedInTheFormStoredShownAndEditedAgain() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("预算构成表单");
        String clerk = world.user("BUREAU", List.of(unit));
        Http browser = world.browser(clerk);
        browser.get("/projects/new");
        Map<String, Object> fields = new HashMap<>(Map.of("year", "2134", "unitCode", unit, "kind", "DEPARTMENT",
                "name", "预算构成表单部门整体绩效目标", "moneyUnit", "万元", "budget", "5136.61", "fiscalFunds", "5136.61",
                "otherFunds", "0"));
        fields.putAll(Map.of("budget_basic", "3723.19", "budget_personnel", "", "budget_project", "1162.62",
                "budget_otherDevelopment", "250.80", "budget_ownLevel", "5136.61", "budget_transferDown", "0.00"));
        Http.Response created = browser.postForm("/projects/new", fields);
        assertEquals(303, created.status(), created.body());
        String location = created.header("Location").replaceFirst("\\?.*$", "");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        JsonNode s = Json.parse(world.script(clerk).get("/api/projects/" + id).body()).get("budgetSummary");
        assertEquals("3723.19", s.get("basic").asText());
        assertEquals("1162.62", s.get("project").asText());
        assertEquals("250.80", s.get("otherDevelopment").asText());
        assertEquals("0.00", s.get("transferDown").asText());
        assertTrue(s.get("personnel").isNull(), "a blank line is not stored");

        String page = browser.get("/projects/" + id).body();
        assertTrue(page.contains("部门预算构成"), page);
        assertTrue(page.contains("其他事业发展性支出") && page.contains("250.80"), page);
        assertFalse(page.contains(">人员经费<"), "a line the table does not give is not shown");

        String form = browser.get("/projects/" + id + "/edit").body();
        assertTrue(form.contains("name=\"budget_basic\"") && form.contains("value=\"3723.19\""), form);

        fields.put("budget_personnel", "4000");
        fields.put("version", Json.parse(world.script(clerk).get("/api/projects/" + id).body()).get("version").asText());
        Http.Response edited = browser.postForm("/projects/" + id + "/edit", fields);
        assertEquals(303, edited.status(), edited.body());
        JsonNode after = Json.parse(world.script(clerk).get("/api/projects/" + id).body());
        assertEquals("4000.00", after.get("budgetSummary").get("personnel").asText());
        assertTrue(after.get("warnings").toString().contains("人员经费合计4000.00，超过基本支出3723.19"), after.toString());
        assertTrue(browser.get("/projects/" + id).body().contains("待核对：部门预算构成中人员经费"), "the warning on the page");
    }

    @Test
    void aBadLineIsRefusedInTheFormNamingIt() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("预算构成表单校验");
        String clerk = world.user("BUREAU", List.of(unit));
        Http browser = world.browser(clerk);
        browser.get("/projects/new");
        Http.Response r = browser.postForm("/projects/new", Map.of("year", "2135", "unitCode", unit, "kind", "DEPARTMENT",
                "name", "校验部门整体绩效目标", "moneyUnit", "万元", "budget", "100", "budget_basic", "-5"));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("部门预算构成·基本支出"), r.body());
        assertTrue(r.body().contains("value=\"-5\""), "what was typed is kept");
    }
}
