package jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static jixiao.db.Tables.PROJECT_LIGHT;
import static jixiao.monitoring.MonitoringApiTest.alert;
import static jixiao.monitoring.MonitoringApiTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs out of order, over the API: a run for an earlier as-of date than the latest run neither
 * closes, changes nor reopens that run's alerts, so the bureau's 整改措施 stay on the alert; the
 * later date run again finds the same alerts; every change is in the alert's history (历次监控).
 */
@MicronautTest(transactional = false)
class MonitoringRunOrderTest {

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

    /** Every alert of the scenario's unit by id: "status light message version". */
    Map<Long, String> alertsOf(MonitoringScenario s) {
        Map<Long, String> byId = new TreeMap<>();
        for (JsonNode a : Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit).body())) {
            byId.put(a.get("id").asLong(), a.get("status").asText() + " " + a.get("light").asText() + " "
                    + a.get("message").asText() + " " + a.get("asOf").asText() + " v" + a.get("version").asLong());
        }
        return byId;
    }

    String lightOf(long projectId) {
        return fixtures.inTransaction(() -> db.select(PROJECT_LIGHT.LIGHT, PROJECT_LIGHT.AS_OF).from(PROJECT_LIGHT)
                .where(PROJECT_LIGHT.PROJECT_ID.eq(projectId)).fetchOne(r -> r.value1() + " " + r.value2()));
    }

    @Test
    void anEarlierDateLeavesTheAlertsOfALaterOneAndTheirCorrectiveActions() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2075);
        String clerk = world.user("BUREAU", List.of(s.unit));
        Http bureau = world.script(clerk);
        String july = s.year + "-07-15";
        String april = s.year + "-04-15";

        run(finance, july);
        long id = alert(Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit).body()),
                s.xinglong, "SPEND_LAG").get("id").asLong();
        String path = "/api/alerts/" + id;
        Http.Response acknowledged = bureau.postJson(path + "/acknowledge",
                Json.write(Map.of("correctiveAction", "7月底前完成劳务派遣费用支付")));
        assertEquals(200, acknowledged.status(), acknowledged.body());
        Map<Long, String> afterJuly = alertsOf(s);
        assertEquals(6, afterJuly.size());
        String lawLight = lightOf(s.law);

        // An earlier date: 3月底 figures. It closes nothing of 7月15日's and changes none of them.
        JsonNode earlier = run(finance, april);
        assertEquals(0, earlier.get("alertsClosed").asInt(), earlier.toString());
        Map<Long, String> afterApril = alertsOf(s);
        afterJuly.forEach((alertId, state) -> assertEquals(state, afterApril.get(alertId), "alert " + alertId));
        assertTrue(afterApril.size() > afterJuly.size(), "the earlier date raised its own 3月底 alerts: " + afterApril);
        JsonNode kept = Json.parse(finance.get(path).body());
        assertEquals("ACKNOWLEDGED", kept.get("status").asText());
        assertEquals("7月底前完成劳务派遣费用支付", kept.get("correctiveAction").asText());
        assertEquals(july, kept.get("asOf").asText());
        assertEquals(lawLight, lightOf(s.law), "the dashboard keeps the later date's lights");

        // 7月15日 again, after 兴隆 reported more: the same alerts, 兴隆's still acknowledged and updated.
        fixtures.spent(s.xinglongJuneReport, "25000");
        JsonNode later = run(finance, july);
        assertEquals(0, later.get("alertsOpened").asInt(), later.toString());
        assertEquals(afterApril.size() - afterJuly.size(), later.get("alertsClosed").asInt(),
                "the 3月底 alerts of the earlier date are superseded by 7月15日's figures");
        JsonNode again = Json.parse(finance.get(path).body());
        assertEquals(id, again.get("id").asLong());
        assertEquals("ACKNOWLEDGED", again.get("status").asText());
        assertEquals("7月底前完成劳务派遣费用支付", again.get("correctiveAction").asText());
        assertEquals("6月底计划支出50%，实际支出25%，滞后25个百分点", again.get("message").asText());
        Map<Long, String> afterSecondJuly = alertsOf(s);
        assertEquals(afterApril.keySet(), afterSecondJuly.keySet(), "no alert raised twice");
        assertEquals(afterJuly.keySet(), Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit
                + "&status=LIVE").body()).findValues("id").stream().map(JsonNode::asLong)
                .collect(Collectors.toSet()), "7月15日's alerts are the live ones");

        // The earlier date once more: what 7月15日 closed stays closed, nothing is duplicated.
        JsonNode earlierAgain = run(finance, april);
        assertEquals(0, earlierAgain.get("alertsOpened").asInt(), earlierAgain.toString());
        assertEquals(0, earlierAgain.get("alertsClosed").asInt());
        assertEquals(afterSecondJuly, alertsOf(s));

        JsonNode history = Json.parse(finance.get(path + "/history").body());
        assertEquals(2, history.size(), history.toString());
        assertEquals("OPENED", history.get(0).get("change").asText());
        assertEquals(july, history.get(0).get("asOf").asText());
        assertEquals("6月底计划支出50%，实际支出20%，滞后30个百分点", history.get(0).get("message").asText());
        assertEquals("CHANGED", history.get(1).get("change").asText());
        assertEquals("6月底计划支出50%，实际支出25%，滞后25个百分点", history.get(1).get("message").asText());
        assertEquals(200, bureau.get(path + "/history").status());
        assertEquals(404, world.script(world.user("BUREAU", List.of(world.unit("别的单位")))).get(path + "/history").status());

        JsonNode superseded = Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit + "&status=CLOSED").body());
        assertEquals(afterApril.size() - afterJuly.size(), superseded.size());
        assertEquals(july, superseded.get(0).get("closedAsOf").asText(), "closed by 7月15日's run");
        String closedPage = world.browser(clerk).get("/alerts/" + superseded.get(0).get("id").asLong()).body();
        assertTrue(closedPage.contains("监控日期 " + s.year + "年7月15日 未再发现"), closedPage);
        assertTrue(closedPage.contains("未再发现，自动关闭") && closedPage.contains(s.year + "年4月15日"), "its history: found " + april + ", closed " + july);

        String page = world.browser(clerk).get("/alerts/" + id).body();
        assertTrue(page.contains("历次监控"), page);
        assertTrue(page.contains("情况变化") && page.contains("实际支出20%，滞后30个百分点"), "each run's sentence is listed");
    }
}
