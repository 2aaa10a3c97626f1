package jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import jixiao.reporting.ReportingPeriods;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring API end to end: a finance user starts a run, Quartz executes it in the
 * background, the run is followed until done; then the alert lifecycle: the bureau acknowledges
 * with its 整改措施, a re-run updates the alert without duplicating it, finance resolves it and it
 * is not raised again. Access: another unit's alert is not found, roles are enforced.
 */
@MicronautTest(transactional = false)
class MonitoringApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    ReportingPeriods periods;
    @Inject
    TransactionOperations<Connection> tx;

    World world;
    Http finance;
    MonitoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
        fixtures = new MonitoringFixtures(db, tx, periods);
    }

    /** Starts a run over the API and follows it until it is done. */
    static JsonNode run(Http finance, String asOf) {
        Http.Response started = finance.postJson("/api/monitoring/runs", Json.write(Map.of("asOf", asOf)));
        assertEquals(202, started.status(), started.body());
        JsonNode run = Json.parse(started.body());
        long id = run.get("id").asLong();
        assertEquals("/api/monitoring/runs/" + id, started.location());
        assertEquals(asOf, run.get("asOf").asText());
        JsonNode done = await(finance, id);
        assertEquals("DONE", done.get("status").asText(), done.toString());
        return done;
    }

    static JsonNode await(Http http, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Http.Response r = http.get("/api/monitoring/runs/" + id);
            assertEquals(200, r.status(), r.body());
            JsonNode run = Json.parse(r.body());
            String status = run.get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return run;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + id + " did not finish in time");
    }

    static JsonNode alert(JsonNode alerts, long projectId, String rule) {
        for (JsonNode a : alerts) {
            if (a.get("projectId").asLong() == projectId && a.get("rule").asText().equals(rule)) {
                return a;
            }
        }
        throw new AssertionError("no " + rule + " alert of project " + projectId + " in " + alerts);
    }

    @Test
    void financeStartsARunThatQuartzExecutesAndFollowsIt() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2043);
        JsonNode run = run(finance, s.asOf());
        assertEquals("已完成", run.get("statusLabel").asText());
        assertEquals(s.year, run.get("fiscalYear").asInt());
        assertEquals(100, run.get("percentDone").asInt());
        assertEquals(run.get("projectsTotal").asInt(), run.get("projectsChecked").asInt());
        assertEquals(4, run.get("projectsTotal").asInt(), "the year has only the scenario's projects");
        assertEquals(2, run.get("lights").get("red").asInt(), "兴隆 and 彭阳");
        assertEquals(1, run.get("lights").get("yellow").asInt());
        assertEquals(6, run.get("alertsOpened").asInt());
        assertTrue(run.has("errorMessage") && run.get("errorMessage").isNull());

        JsonNode listed = Json.parse(finance.get("/api/monitoring/runs?year=" + s.year).body());
        assertEquals(run.get("id").asLong(), listed.get(0).get("id").asLong(), "newest first");

        JsonNode alerts = Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit + "&status=OPEN").body());
        assertEquals(6, alerts.size());
        assertEquals("6月底计划支出50%，实际支出31%，滞后19个百分点", alert(alerts, s.law, "SPEND_LAG").get("message").asText());
        JsonNode red = Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit + "&light=RED").body());
        assertEquals(3, red.size());
        assertEquals("RED", red.get(0).get("light").asText());
        assertEquals(0, Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit + "&status=RESOLVED").body()).size());

        // refusals
        assertEquals(400, finance.postJson("/api/monitoring/runs", "{}").status());
        Http.Response badDate = finance.postJson("/api/monitoring/runs", "{\"asOf\":\"2024-13-01\"}");
        assertEquals(400, badDate.status());
        assertEquals("asOf", Json.parse(badDate.body()).get("problems").get(0).get("field").asText());
        assertEquals(400, finance.get("/api/alerts?status=FOO").status());
        assertEquals(400, finance.get("/api/alerts?light=PINK").status());
        Http bureau = world.script(world.user("BUREAU", List.of(s.unit)));
        assertEquals(403, bureau.postJson("/api/monitoring/runs", Json.write(Map.of("asOf", s.asOf()))).status());
        assertEquals(403, bureau.get("/api/monitoring/runs/" + run.get("id").asLong()).status());
        assertEquals(404, finance.get("/api/monitoring/runs/999999999").status());
    }

    @Test
    void alertLifecycleAcknowledgeRerunResolve() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2044);
        Http bureau = world.script(world.user("BUREAU", List.of(s.unit)));
        String otherUnit = world.unit("别的单位");
        Http otherBureau = world.script(world.user("BUREAU", List.of(otherUnit)));
        run(finance, s.asOf());

        JsonNode mine = Json.parse(bureau.get("/api/alerts?year=" + s.year).body());
        assertEquals(6, mine.size(), "the bureau sees its unit's alerts");
        assertEquals(0, Json.parse(otherBureau.get("/api/alerts?year=" + s.year).body()).size());
        assertEquals(0, Json.parse(otherBureau.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit).body()).size());
        long id = alert(mine, s.xinglong, "SPEND_LAG").get("id").asLong();
        String path = "/api/alerts/" + id;
        assertEquals(404, otherBureau.get(path).status());
        assertEquals(404, otherBureau.postJson(path + "/acknowledge", Json.write(Map.of("correctiveAction", "x"))).status());

        assertEquals(403, finance.postJson(path + "/acknowledge", Json.write(Map.of("correctiveAction", "x"))).status(),
                "整改措施 come from the bureau");
        Http.Response blank = bureau.postJson(path + "/acknowledge", Json.write(Map.of("correctiveAction", " ")));
        assertEquals(400, blank.status());
        assertEquals("correctiveAction", Json.parse(blank.body()).get("problems").get(0).get("field").asText());
        Http.Response acknowledged = bureau.postJson(path + "/acknowledge",
                Json.write(Map.of("correctiveAction", "7月底前完成劳务派遣费用支付")));
        assertEquals(200, acknowledged.status(), acknowledged.body());
        JsonNode a = Json.parse(acknowledged.body());
        assertEquals("ACKNOWLEDGED", a.get("status").asText());
        assertEquals("7月底前完成劳务派遣费用支付", a.get("correctiveAction").asText());
        assertEquals(403, bureau.postJson(path + "/resolve", Json.write(Map.of("resolution", "x"))).status());

        // 兴隆 reports more spend: still red, the same alert is updated and stays acknowledged
        fixtures.spent(s.xinglongJuneReport, "25000");
        JsonNode rerun = run(finance, s.asOf());
        assertEquals(0, rerun.get("alertsOpened").asInt());
        JsonNode updated = Json.parse(finance.get(path).body());
        assertEquals("ACKNOWLEDGED", updated.get("status").asText());
        assertEquals("6月底计划支出50%，实际支出25%，滞后25个百分点", updated.get("message").asText());
        assertTrue(updated.get("version").asLong() > a.get("version").asLong());
        assertEquals(6, Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit).body()).size(),
                "updated, not duplicated");

        Http.Response stale = finance.postJson(path + "/resolve",
                Json.write(Map.of("resolution", "已核实", "version", a.get("version").asLong())));
        assertEquals(409, stale.status(), "resolving what one has not seen");
        assertEquals(400, finance.postJson(path + "/resolve", Json.write(Map.of("resolution", ""))).status());
        Http.Response resolved = finance.postJson(path + "/resolve",
                Json.write(Map.of("resolution", "已核实整改措施，下期复核", "version", updated.get("version").asLong())));
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("RESOLVED", Json.parse(resolved.body()).get("status").asText());
        assertEquals(409, bureau.postJson(path + "/acknowledge", Json.write(Map.of("correctiveAction", "再次"))).status());

        JsonNode third = run(finance, s.asOf());
        assertEquals(0, third.get("alertsOpened").asInt(), "a resolved alert is not raised again");
        assertEquals("RESOLVED", Json.parse(finance.get(path).body()).get("status").asText());
        JsonNode live = Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit + "&status=OPEN").body());
        assertEquals(5, live.size());

        JsonNode trail = Json.parse(finance.get("/api/audit?entityType=MONITORING_ALERT&entityId=" + id).body());
        assertEquals(2, trail.size(), trail.toString());
    }
}
