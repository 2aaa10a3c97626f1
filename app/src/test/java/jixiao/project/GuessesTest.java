package jixiao.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.transaction.TransactionOperations;
import jixiao.monitoring.MonitoringFixtures;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Sql;
import org.jooq.DSLContext;
import jixiao.testing.Json;
import jixiao.testing.SeedImports;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an import guessed is kept with the project as 待核对 until a person confirms or corrects it
 * (issue 10, point 3). Works on 兴隆's scanned tables, whose guesses are listed in XinglongSeedTest.
 */
@MicronautTest
class GuessesTest {

    private static final String LABOUR = "2025年劳务派遣人员经费";
    private static final String PUBLICITY = "2025年普法宣传";

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    ReportingPeriods periods;
    @Inject
    Sql sql;

    World world;
    String unit;
    int year;
    String codePrefix;
    String clerk;
    Http finance;
    Map<String, Long> ids;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("兴隆县司法局");
        year = 2025;
        codePrefix = SeedImports.codePrefix();
        clerk = world.user("BUREAU", List.of(unit));
        finance = world.script(world.user("FINANCE", List.of()));
        ids = imported(SeedImports.importText(finance, SeedImports.xinglong(unit, codePrefix), year, null));
    }

    private static Map<String, Long> imported(JsonNode result) {
        Map<String, Long> ids = new HashMap<>();
        result.get("projects").forEach(p -> ids.put(p.get("name").asText(), p.get("id").asLong()));
        result.get("departmentTargets").forEach(p -> ids.put(p.get("name").asText(), p.get("id").asLong()));
        return ids;
    }

    private JsonNode project(long id) {
        Http.Response r = finance.get("/api/projects/" + id);
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    /** The open guesses on fields, by field, with their notes. */
    private static Map<String, String> openFieldGuesses(JsonNode project) {
        Map<String, String> open = new LinkedHashMap<>();
        for (JsonNode g : project.get("guesses")) {
            if (!g.get("confirmed").asBoolean() && g.get("indicatorId").isNull()) {
                open.put(g.get("field").asText(), g.get("note").asText());
            }
        }
        return open;
    }

    private static JsonNode guess(JsonNode project, String field) {
        for (JsonNode g : project.get("guesses")) {
            if (g.get("field").asText().equals(field)) {
                return g;
            }
        }
        throw new AssertionError("no guess on " + field + " in " + project.get("guesses"));
    }

    @Test
    void everyGuessOfTheImportIsStoredWithItsNoteAndValue() {
        JsonNode publicity = project(ids.get(PUBLICITY));
        Map<String, String> open = openFieldGuesses(publicity);
        assertEquals(Set.of("PROJECT_CODE", "BUDGET", "SPEND_PLAN", "INDICATORS"), open.keySet());
        assertTrue(open.get("BUDGET").contains("第522行") && open.get("BUDGET").contains("漏读小数点"), open.get("BUDGET"));
        assertTrue(open.get("SPEND_PLAN").contains("靠右对齐"), open.get("SPEND_PLAN"));
        assertTrue(open.get("PROJECT_CODE").contains(codePrefix + "00018010O02Y"), open.get("PROJECT_CODE"));
        assertEquals("2.10 万元", guess(publicity, "BUDGET").get("guessedValue").asText());
        assertEquals("10月底50% 12月底100%", guess(publicity, "SPEND_PLAN").get("guessedValue").asText());
        assertEquals(Set.of("PROJECT_CODE", "BUDGET", "INDICATORS"), openFieldGuesses(project(ids.get(LABOUR))).keySet());

        // The list counts them (with the indicator targets to review) and filters on them.
        JsonNode row = listed(ids.get(PUBLICITY), "/api/projects?year=" + year + "&unitCode=" + unit);
        assertEquals(4, row.get("unconfirmedGuesses").asInt());
        assertEquals(row.get("reviewCount").asInt() + 4, row.get("toCheck").asInt());
        JsonNode filtered = Json.parse(finance.get("/api/projects?toCheck=true&year=" + year + "&unitCode=" + unit).body());
        assertEquals(ids.size(), filtered.size(), "every 兴隆 table has something to check");
    }

    private JsonNode listed(long id, String path) {
        for (JsonNode p : Json.parse(finance.get(path).body())) {
            if (p.get("id").asLong() == id) {
                return p;
            }
        }
        throw new AssertionError("project " + id + " not listed by " + path);
    }

    @Test
    void theProjectPageShowsAGuessUntilAPersonConfirmsItAndTheConfirmationIsAudited() {
        long id = ids.get(PUBLICITY);
        Http browser = world.browser(clerk);
        String page = browser.get("/projects/" + id).body();
        assertTrue(page.contains("待核对"), "the page says 待核对");
        assertTrue(page.contains("data-field=\"SPEND_PLAN\"") && page.contains("靠右对齐"), "the plan's guess is listed with its note");

        Http.Response confirmed = browser.postForm("/projects/" + id + "/guesses/SPEND_PLAN/confirm", Map.of());
        assertEquals(303, confirmed.status(), confirmed.body());
        String after = browser.get("/projects/" + id).body();
        assertFalse(after.contains("data-field=\"SPEND_PLAN\""), "the confirmed guess is gone from the page");
        assertTrue(after.contains("data-field=\"BUDGET\""), "the others stay");
        JsonNode plan = guess(project(id), "SPEND_PLAN");
        assertTrue(plan.get("confirmed").asBoolean());
        assertEquals(clerk, plan.get("confirmedBy").asText());
        assertEquals("CONFIRMED", plan.get("resolution").asText());

        JsonNode audit = Json.parse(finance.get("/api/audit?entityType=PROJECT&entityId=" + id).body());
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asText() + " " + e.get("username").asText()));
        assertTrue(actions.contains("CONFIRM_GUESS " + clerk), "audited: " + actions);

        // Confirmed once, it cannot be confirmed again: nothing is open on that field any more.
        assertEquals(404, world.script(clerk).postJson("/api/projects/" + id + "/guesses/SPEND_PLAN/confirm", "{}").status());
    }

    @Test
    void confirmingOverTheApiAndAllAtOnce() {
        long id = ids.get(LABOUR);
        Http api = world.script(clerk);
        Http.Response r = api.postJson("/api/projects/" + id + "/guesses/BUDGET/confirm", "{}");
        assertEquals(200, r.status(), r.body());
        assertEquals(Set.of("PROJECT_CODE", "INDICATORS"), openFieldGuesses(Json.parse(r.body())).keySet());
        assertEquals(404, api.postJson("/api/projects/" + id + "/guesses/NO_SUCH_FIELD/confirm", "{}").status());

        Http.Response all = api.postJson("/api/projects/" + id + "/guesses/confirm-all", "{}");
        assertEquals(200, all.status(), all.body());
        JsonNode p = Json.parse(all.body());
        p.get("guesses").forEach(g -> assertTrue(g.get("confirmed").asBoolean(), g.toString()));
        p.get("indicators").forEach(i -> assertFalse(i.get("targetValue").get("needsReview").asBoolean(), i.toString()));
        assertEquals(0, listed(id, "/api/projects?year=" + year + "&unitCode=" + unit).get("toCheck").asInt());
    }

    @Test
    void aConfirmedTargetReadingStaysConfirmedWhenTheProjectIsSavedAgain() {
        long id = ids.get(PUBLICITY);
        JsonNode before = project(id);
        JsonNode flagged = null;
        for (JsonNode i : before.get("indicators")) {
            if (i.get("targetValue").get("needsReview").asBoolean()) {
                flagged = i;
                break;
            }
        }
        assertTrue(flagged != null, "兴隆's 普法宣传 has a target to review");
        long indicator = flagged.get("id").asLong();
        JsonNode target = null;
        for (JsonNode g : before.get("guesses")) {
            if (g.get("indicatorId").asLong() == indicator) {
                target = g;
            }
        }
        assertTrue(target != null && !target.get("confirmed").asBoolean(), "the target reading is among the guesses");

        Http api = world.script(clerk);
        assertEquals(200, api.postJson("/api/projects/" + id + "/indicators/" + indicator + "/confirm-target", "{}").status());
        JsonNode after = saveUnchanged(api, id, project(id));
        for (JsonNode i : after.get("indicators")) {
            if (i.get("id").asLong() == indicator) {
                assertFalse(i.get("targetValue").get("needsReview").asBoolean(), "stays confirmed after a save");
            }
        }
    }

    private JsonNode saveUnchanged(Http api, long id, JsonNode project) {
        Http.Response r = api.putJson("/api/projects/" + id, Json.write(toInput(project)));
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    /** The project as the API takes it back: the fields of ProjectInput. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> toInput(JsonNode p) {
        Map<String, Object> all = new ObjectMapper().convertValue(p, Map.class);
        Map<String, Object> in = new LinkedHashMap<>();
        for (String k : List.of("year", "unitCode", "unitName", "departmentName", "kind", "code", "name", "moneyUnit", "budget",
                "fiscalFunds", "otherFunds", "purpose", "goal", "measures", "attribute", "term", "managingOffice", "spendPlan",
                "keyTasks", "version")) {
            in.put(k, all.get(k));
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) all.get("indicators")) {
            Map<String, Object> line = new LinkedHashMap<>(i);
            line.remove("targetValue");
            line.remove("position");
            indicators.add(line);
        }
        in.put("indicators", indicators);
        return in;
    }

    @Test
    void correctingAGuessedAmountOnTheFormClearsItsGuessOnly() {
        long id = ids.get(LABOUR);
        Http browser = world.browser(clerk);
        JsonNode p = project(id);
        assertEquals("26.10", p.get("budget").asText());
        browser.get("/projects/" + id + "/edit");
        Map<String, Object> form = formOf(p);
        form.put("budget", "26.20");
        form.put("fiscalFunds", "26.20");
        Http.Response saved = browser.postForm("/projects/" + id + "/edit", form);
        assertEquals(303, saved.status(), saved.body());

        JsonNode after = project(id);
        assertEquals("26.20", after.get("budget").asText());
        JsonNode budget = guess(after, "BUDGET");
        assertTrue(budget.get("confirmed").asBoolean(), "the corrected amount is no longer 待核对");
        assertEquals("CORRECTED", budget.get("resolution").asText());
        assertEquals(Set.of("PROJECT_CODE", "INDICATORS"), openFieldGuesses(after).keySet(), "fields not changed keep their guess");
        JsonNode audit = Json.parse(finance.get("/api/audit?entityType=PROJECT&entityId=" + id).body());
        assertTrue(audit.toString().contains("CORRECT_GUESS"), "the correction is audited: " + audit);
    }

    /** The edit form's fields as the page posts them, filled from the stored project. */
    private static Map<String, Object> formOf(JsonNode p) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String k : List.of("year", "unitCode", "unitName", "departmentName", "kind", "code", "name", "moneyUnit", "budget",
                "fiscalFunds", "otherFunds", "purpose", "goal", "measures", "attribute", "term", "managingOffice")) {
            f.put(k, p.get(k).isNull() ? "" : p.get(k).asText());
        }
        f.put("version", p.get("version").asText());
        List<String> months = new ArrayList<>();
        for (JsonNode s : p.get("spendPlan")) {
            months.add(s.get("month").asText());
            f.put("plan_" + s.get("month").asText(), s.get("percent").asText());
        }
        f.put("planMonth", months);
        Map<String, String> columns = Map.of("ind_id", "id", "ind_level1", "level1", "ind_level2", "level2", "ind_name", "name",
                "ind_description", "description", "ind_target", "target", "ind_periodTarget", "periodTarget", "ind_basis", "basis",
                "ind_weight", "weight");
        for (Map.Entry<String, String> c : columns.entrySet()) {
            List<String> values = new ArrayList<>();
            p.get("indicators").forEach(i -> values.add(i.get(c.getValue()).isNull() ? "" : i.get(c.getValue()).asText()));
            f.put(c.getKey(), values);
        }
        return f;
    }

    @Test
    void reimportingKeepsWhatIsStillGuessedAndDropsWhatNoLongerIs() {
        long labour = ids.get(LABOUR);
        long publicity = ids.get(PUBLICITY);
        Http api = world.script(clerk);
        assertEquals(200, api.postJson("/api/projects/" + publicity + "/guesses/SPEND_PLAN/confirm", "{}").status());

        // The same scan again, except that 劳务派遣's budget now reads cleanly.
        String text = SeedImports.xinglong(unit, codePrefix).replace("26,10", "26.10");
        Map<String, Long> again = imported(SeedImports.importText(finance, text, year, null));
        assertEquals(ids, again, "the projects are updated, not duplicated");

        assertEquals(Set.of("PROJECT_CODE", "INDICATORS"), openFieldGuesses(project(labour)).keySet(),
                "the budget is no longer a guess");
        JsonNode p = project(publicity);
        assertEquals(Set.of("PROJECT_CODE", "BUDGET", "INDICATORS"), openFieldGuesses(p).keySet(), "still guessed: still open");
        assertTrue(guess(p, "SPEND_PLAN").get("confirmed").asBoolean(), "the plan confirmed for the same value stays confirmed");
    }

    @Test
    void anExportedWorkbookImportedBackLeavesTheGuessesOpen() {
        long id = ids.get(LABOUR);
        byte[] workbook = finance.getBytes("/api/projects/" + id + "/export.xlsx");
        Http.Response r = finance.postMultipart("/api/imports/target-tables?year=" + year + "&dryRun=false", "file", "导出.xlsx",
                workbook, Map.of());
        assertEquals(200, r.status(), r.body());
        assertTrue(Json.parse(r.body()).get("stored").asBoolean(), r.body());
        assertEquals(Set.of("PROJECT_CODE", "BUDGET", "INDICATORS"), openFieldGuesses(project(id)).keySet(),
                "the same values typed back are no confirmation");
    }

    @Test
    void aClerkSeesAndConfirmsOnlyTheGuessesOfTheirUnit() {
        String other = world.user("BUREAU", List.of(world.unit("别的单位")));
        Http stranger = world.script(other);
        long id = ids.get(LABOUR);
        assertEquals(404, stranger.get("/api/projects/" + id).status());
        assertEquals(404, stranger.postJson("/api/projects/" + id + "/guesses/BUDGET/confirm", "{}").status());
        assertEquals(404, stranger.postJson("/api/projects/" + id + "/guesses/confirm-all", "{}").status());
        assertFalse(stranger.get("/api/projects?toCheck=true&year=" + year).body().contains(LABOUR));
        assertEquals(403, stranger.get("/api/consistency?year=" + year).status());
        assertEquals(403, world.script(clerk).get("/api/consistency?year=" + year).status());
        assertFalse(guess(project(id), "BUDGET").get("confirmed").asBoolean(), "nothing was confirmed");
        assertEquals(200, world.script(clerk).postJson("/api/projects/" + id + "/guesses/BUDGET/confirm", "{}").status());
    }

    @Test
    void theReportFormShowsWhatIsStillToCheck() {
        long id = ids.get(PUBLICITY);
        Http browser = world.browser(clerk);
        String form = browser.get("/reports/projects/" + id + "/" + year + "-06").body();
        assertTrue(form.contains("待核对") && form.contains("data-field=\"SPEND_PLAN\""), "the report form lists the open guesses");
        assertEquals(200, world.script(clerk).postJson("/api/projects/" + id + "/guesses/confirm-all", "{}").status());
        assertFalse(browser.get("/reports/projects/" + id + "/" + year + "-06").body().contains("data-field="),
                "nothing left to check");
    }

    @Test
    void aMoneyLightJudgedAgainstAnUnconfirmedPlanSaysSo() {
        long id = ids.get(PUBLICITY);
        MonitoringFixtures fixtures = new MonitoringFixtures(db, tx, periods);
        long october = fixtures.period(year, 10);
        long run = fixtures.finishedRun(year, LocalDate.of(year, 11, 15));
        long alert = fixtures.missingReportAlert(id, october, run);
        String key = "P" + id + ":" + october + ":SPEND_LAG";
        sql.update("UPDATE monitoring_alert SET rule = 'SPEND_LAG', light = 'RED', subject_key = ?, active_key = ?, "
                + "message = '10月底计划支出50%，实际支出10%，滞后40个百分点' WHERE id = ?", key, key, alert);
        sql.update("INSERT INTO project_light (project_id, run_id, fiscal_year, unit_id, as_of, period_id, light, budget_yuan, "
                + "spent_yuan, planned_percent, executed_percent, open_alerts) SELECT id, ?, fiscal_year, unit_id, ?, ?, 'RED', "
                + "budget_yuan, 2100, 50, 10, 1 FROM budget_project WHERE id = ?", run, LocalDate.of(year, 11, 15), october, id);
        Http browser = world.browser(world.user("FINANCE", List.of()));

        JsonNode shown = Json.parse(finance.get("/api/alerts/" + alert).body());
        assertTrue(shown.get("planUnconfirmed").asBoolean());
        assertEquals("10月底计划支出50%，实际支出10%，滞后40个百分点（资金支出计划待核对）", shown.get("message").asText());
        assertEquals("RED", shown.get("light").asText(), "the light itself stays as computed");
        assertTrue(browser.get("/alerts/" + alert).body().contains("（资金支出计划待核对）"), "the alert page says so");
        assertTrue(dashboardRow(browser, id).contains("（资金支出计划待核对）"), "the dashboard marks the money light");
        int toCheck = listed(id, "/api/projects?year=" + year + "&unitCode=" + unit).get("toCheck").asInt();
        assertTrue(dashboardRow(browser, id).contains(">待核对 " + toCheck + "<"), "the dashboard counts what is to check");

        assertEquals(200, world.script(clerk).postJson("/api/projects/" + id + "/guesses/SPEND_PLAN/confirm", "{}").status());
        shown = Json.parse(finance.get("/api/alerts/" + alert).body());
        assertFalse(shown.get("planUnconfirmed").asBoolean());
        assertEquals("10月底计划支出50%，实际支出10%，滞后40个百分点", shown.get("message").asText());
        assertFalse(dashboardRow(browser, id).contains("（资金支出计划待核对）"), "confirmed: no mark");
    }

    private String dashboardRow(Http browser, long projectId) {
        String page = browser.get("/monitoring?year=" + year + "&unitCode=" + unit).body();
        int at = page.indexOf("data-project-id=\"" + projectId + "\"");
        assertTrue(at >= 0, "the project is on the dashboard");
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
