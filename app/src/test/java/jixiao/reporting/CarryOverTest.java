package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new period's report starts from the previous period's (上期结转): shown, marked, never stored
 * or monitored until the clerk saves it; 无变化 saves it in one click. Years 2146–2147.
 */
@MicronautTest
class CarryOverTest {

    private static final int YEAR = 2146;

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;

    World world;
    String unit;
    String bureauName;
    Http bureau;
    Http api;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("结转单位");
        bureauName = world.user("BUREAU", List.of(unit));
        bureau = world.browser(bureauName);
        api = world.script(bureauName);
    }

    private long project(int year) {
        Map<String, Object> p = Projects.leting(unit, "CO" + World.next(), "结转项目" + World.next());
        p.put("year", year);
        return Projects.create(api, p);
    }

    /** Saves the March report: 7500 元 spent, the training count 2 with a cause, a note and a measure. */
    private void reportMarch(long project, int year, boolean submit) {
        JsonNode blank = Reports.get(api, project, year + "-03");
        List<Map<String, Object>> entries = Reports.complete(blank);
        long training = Reports.indicatorId(blank, "开展行政执法培训");
        Map<String, Object> first = Reports.entry(training, "2", null, "6", "POSSIBLE", "FUNDING");
        first.put("deviationNote", "培训场地未落实");
        first.put("correctiveAction", "协调党校礼堂");
        entries.set(0, first);
        Http.Response saved = api.putJson(Reports.path(project, year + "-03"), Json.write(Reports.body(null, "7500", entries)));
        assertEquals(200, saved.status(), saved.body());
        if (submit) {
            Http.Response submitted = api.postJson(Reports.path(project, year + "-03") + "/submit", "{}");
            assertEquals(200, submitted.status(), submitted.body());
        }
    }

    private int storedReports(long project, String period) {
        return db.fetchCount(db.selectFrom(PERIOD_REPORT.join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID)))
                .where(PERIOD_REPORT.PROJECT_ID.eq(project)).and(REPORTING_PERIOD.CODE.eq(period)));
    }

    @Test
    void aNewPeriodShowsThePreviousPeriodsValuesMarkedAndStoresNothing() {
        long project = project(YEAR);
        reportMarch(project, YEAR, false);

        JsonNode june = Reports.get(api, project, YEAR + "-06");
        assertTrue(june.get("version").isNull(), "not saved");
        assertEquals(YEAR + "-03", june.get("carriedOverFrom").asText());
        assertEquals("3月底", june.get("carriedOverFromLabel").asText());
        assertEquals("7500.00", june.get("spentYuan").asText());
        JsonNode training = june.get("indicators").get(0);
        assertEquals("开展行政执法培训", training.get("name").asText());
        assertEquals("2", training.get("currentValue").asText());
        assertEquals(YEAR + "-03", training.get("carriedOverFrom").asText());
        assertEquals("FUNDING", training.get("deviationCauses").get(0).asText());
        assertEquals("培训场地未落实", training.get("deviationNote").asText());
        assertEquals("协调党校礼堂", training.get("correctiveAction").asText());
        assertEquals("ACHIEVED", june.get("indicators").get(1).get("grade").asText(), "qualitative grades carry too");
        assertEquals(0, storedReports(project, YEAR + "-06"), "nothing stored by reading");

        String form = bureau.get("/reports/projects/" + project + "/" + YEAR + "-06").body();
        assertTrue(form.contains("id=\"carried-over\""), form);
        assertTrue(form.contains("由上期（3月底）结转"), "the notice names the period");
        assertTrue(form.contains("value=\"7500.00\"") && form.contains("class=\"carried\""), "the spend is filled and marked");
        assertTrue(form.contains("class=\"indicator carried\""), "each carried indicator is marked");
        assertTrue(form.contains("上期结转，待修改"));
        assertTrue(form.contains("协调党校礼堂"));
        assertTrue(form.contains("/reports/projects/" + project + "/" + YEAR + "-06/carry-over"), "the no-change button");
        assertEquals(0, storedReports(project, YEAR + "-06"), "nothing stored by the page either");

        JsonNode october = Reports.get(api, project, YEAR + "-10");
        assertTrue(october.get("carriedOverFrom").isNull(), "6月底 has no report: October starts blank");
        assertTrue(october.get("spentYuan").isNull());
        assertTrue(october.get("indicators").get(0).get("currentValue").isNull());
        assertFalse(bureau.get("/reports/projects/" + project + "/" + YEAR + "-10").body().contains("id=\"carried-over\""));

        Map<String, Object> typed = new java.util.LinkedHashMap<>();
        typed.put("spentYuan", "9000");
        typed.put("i0.id", training.get("indicatorId").asText());
        typed.put("i0.current", "4");
        typed.put("action", "save");
        assertEquals(303, bureau.postForm("/reports/projects/" + project + "/" + YEAR + "-06", typed).status());
        JsonNode saved = Reports.get(api, project, YEAR + "-06");
        assertTrue(saved.get("carriedOverFrom").isNull(), "a saved report is the clerk's own");
        assertEquals("9000.00", saved.get("spentYuan").asText());
        assertTrue(saved.get("indicators").get(0).get("carriedOverFrom").isNull());
    }

    @Test
    void noChangeSavesTheCarriedValuesInOneClickAsADraft() {
        long project = project(YEAR);
        reportMarch(project, YEAR, true);
        String form = "/reports/projects/" + project + "/" + YEAR + "-06";

        Http.Response clicked = bureau.postForm(form + "/carry-over", Map.of("action", "carry-over"));
        assertEquals(303, clicked.status(), clicked.body());
        assertEquals(form + "?done=draftSaved", clicked.location());
        JsonNode june = Reports.get(api, project, YEAR + "-06");
        JsonNode march = Reports.get(api, project, YEAR + "-03");
        assertEquals(0L, june.get("version").asLong());
        assertEquals("DRAFT", june.get("status").asText(), "saved, not submitted");
        assertTrue(june.get("carriedOverFrom").isNull());
        assertEquals("7500.00", june.get("spentYuan").asText());
        for (int i = 0; i < march.get("indicators").size(); i++) {
            JsonNode m = march.get("indicators").get(i);
            JsonNode j = june.get("indicators").get(i);
            for (String field : List.of("currentValue", "grade", "expectedFullYear", "likelihood", "deviationCauses", "deviationNote", "correctiveAction")) {
                assertEquals(m.get(field), j.get(field), field + " of " + m.get("name"));
            }
        }
        assertEquals(1, storedReports(project, YEAR + "-06"));
        String audit = world.admin().get("/api/audit?entityType=PERIOD_REPORT&entityId=" + june.get("reportId").asLong()).body();
        assertTrue(audit.contains("7500.00"), "audited like any save: " + audit);

        assertEquals(409, bureau.postForm(form + "/carry-over", Map.of("action", "carry-over")).status(), "only while nothing is saved");
        assertEquals(409, api.postJson(Reports.path(project, YEAR + "-06") + "/carry-over", "{}").status());

        long fresh = project(YEAR);
        Http.Response nothing = api.postJson(Reports.path(fresh, YEAR + "-06") + "/carry-over", "{}");
        assertEquals(400, nothing.status(), nothing.body());
        assertTrue(nothing.body().contains("无可沿用"), nothing.body());
        assertEquals(0, storedReports(fresh, YEAR + "-06"));

        Http.Response byApi = api.postJson(Reports.path(project, YEAR + "-10") + "/carry-over", "{}");
        assertEquals(200, byApi.status(), byApi.body());
        assertEquals("7500.00", Json.parse(byApi.body()).get("spentYuan").asText(), "October carries June's");
    }

    @Test
    void monitoringTreatsAnUnsavedCarryOverAsNotReported() {
        int year = 2147;
        long project = project(year);
        reportMarch(project, year, true);
        assertEquals(year + "-03", Reports.get(api, project, year + "-06").get("carriedOverFrom").asText(), "shown carried over");

        Http finance = world.script(world.user("FINANCE", List.of()));
        Http.Response started = finance.postJson("/api/monitoring/runs", Json.write(Map.of("asOf", year + "-07-20")));
        assertEquals(202, started.status(), started.body());
        long run = Json.parse(started.body()).get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = "";
        while (Instant.now().isBefore(deadline) && !status.equals("DONE") && !status.equals("FAILED")) {
            status = Json.parse(finance.get("/api/monitoring/runs/" + run).body()).get("status").asText();
            sleep();
        }
        assertEquals("DONE", status);
        JsonNode alerts = Json.parse(finance.get("/api/alerts?year=" + year + "&projectId=" + project + "&status=OPEN").body());
        boolean missing = false;
        for (JsonNode a : alerts.has("items") ? alerts.get("items") : alerts) {
            if (a.get("rule").asText().equals("REPORT_MISSING") && a.get("periodCode").asText().equals(year + "-06")) {
                missing = true;
            }
        }
        assertTrue(missing, "6月底 is missing although its form shows March's values: " + alerts);
        assertEquals(0, storedReports(project, year + "-06"));
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
