package jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.common.Messages;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Sql;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's lists over the API: the alert list pages by keyset ({@code after}, the previous page's
 * X-Next-After) in the same order as the page numbers give, and the dashboard's unit sums
 * (unit_light, written by the run) agree with the projects' lights.
 */
@MicronautTest(transactional = false)
class ProvinceScaleListsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    ReportingPeriods periods;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    Sql sql;

    World world;
    Http finance;
    MonitoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
        fixtures = new MonitoringFixtures(db, tx, periods);
    }

    @Test
    void theAlertListPagesByKeysetInTheOrderOfItsPageNumbers() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2061);
        MonitoringApiTest.run(finance, s.asOf());
        // 250 more alerts of every light, some seen at the same instant (the id decides between them)
        sql.update("INSERT INTO monitoring_alert (fiscal_year, unit_id, project_id, period_id, rule, subject_key, active_key, "
                + "light, message, as_of, status, first_seen_at, last_seen_at, first_run_id, last_run_id, version) "
                + "SELECT p.fiscal_year, p.unit_id, p.id, ?, 'SPEND_LAG', CONCAT('T', seq), CONCAT('T', seq), "
                + "ELT(1 + MOD(seq, 4), 'RED', 'YELLOW', 'BLUE', 'GREEN'), CONCAT('测试预警', seq), '2061-07-15', 'OPEN', "
                + "NOW(3), TIMESTAMP('2061-07-15 01:00:00') + INTERVAL MOD(seq, 7) MINUTE, 0, 0, 0 "
                + "FROM seq_1_to_250 JOIN budget_project p ON p.id = ?", s.june, s.law);
        String list = "/api/alerts?year=" + s.year + "&unitCode=" + URLEncoder.encode(s.unit, StandardCharsets.UTF_8);

        List<Long> byNumber = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Json.parse(finance.get(list + "&page=" + page).body()).forEach(a -> byNumber.add(a.get("id").asLong()));
        }
        List<Long> byKeyset = new ArrayList<>();
        List<String> lights = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Http.Response page = finance.get(list + (after == null ? "" : "&after=" + after));
            assertEquals(200, page.status(), page.body());
            JsonNode alerts = Json.parse(page.body());
            alerts.forEach(a -> {
                byKeyset.add(a.get("id").asLong());
                lights.add(a.get("light").asText());
            });
            after = page.header("X-Next-After");
            if (after != null) {
                assertEquals(AlertService.PAGE_SIZE, alerts.size());
                assertNotNull(page.header("Link"));
                assertTrue(page.header("Link").contains("after=" + after), page.header("Link"));
            }
            pages++;
        } while (after != null && pages < 10);

        assertEquals(256, byKeyset.size(), "250 and the run's 6");
        assertEquals(byKeyset.size(), new HashSet<>(byKeyset).size(), "no alert twice");
        assertEquals(byNumber, byKeyset, "the same order as by page numbers");
        assertEquals(3, pages);
        List<String> sorted = new ArrayList<>(lights);
        sorted.sort((x, y) -> Light.valueOf(x).severity() - Light.valueOf(y).severity());
        assertEquals(sorted, lights, "red first, then yellow, blue, green");

        Http.Response damaged = finance.get(list + "&after=not-a-cursor");
        assertEquals(400, damaged.status());
        JsonNode problem = Json.parse(damaged.body()).get("problems").get(0);
        assertEquals("after", problem.get("field").asText());
        assertEquals(Messages.text("monitoring.alert.badCursor"), problem.get("message").asText());
    }

    @Test
    void theDashboardsUnitSumsAreThoseOfTheProjectLights() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2062);
        MonitoringApiTest.run(finance, s.asOf());
        long unitId = sql.queryLong("SELECT id FROM unit WHERE code = ?", s.unit);
        for (String light : List.of("RED", "YELLOW", "BLUE", "GREEN")) {
            long projects = sql.queryLong("SELECT COUNT(*) FROM project_light WHERE fiscal_year = ? AND unit_id = ? AND light = ?",
                    s.year, unitId, light);
            long summed = sql.queryLong("SELECT COALESCE(SUM(projects), 0) FROM unit_light WHERE fiscal_year = ? AND unit_id = ? "
                    + "AND light = ?", s.year, unitId, light);
            assertEquals(projects, summed, light);
        }
        assertEquals(sql.queryLong("SELECT SUM(open_alerts) FROM project_light WHERE fiscal_year = ?", s.year),
                sql.queryLong("SELECT SUM(open_alerts) FROM unit_light WHERE fiscal_year = ?", s.year));
        assertEquals(4, sql.queryLong("SELECT SUM(projects) FROM unit_light WHERE fiscal_year = ?", s.year));

        // a re-run that finds nothing new writes no light and no alert: the rows keep the run that wrote them
        long firstRun = sql.queryLong("SELECT MAX(run_id) FROM project_light WHERE fiscal_year = ?", s.year);
        JsonNode again = MonitoringApiTest.run(finance, s.asOf());
        assertEquals(0, again.get("alertsOpened").asInt());
        assertEquals(0, again.get("alertsClosed").asInt());
        assertEquals(firstRun, sql.queryLong("SELECT MAX(run_id) FROM project_light WHERE fiscal_year = ?", s.year));
        assertEquals(0, sql.queryLong("SELECT COUNT(*) FROM monitoring_alert WHERE fiscal_year = ? AND last_run_id = ?",
                s.year, again.get("id").asLong()));
        assertEquals(4, sql.queryLong("SELECT SUM(projects) FROM unit_light WHERE fiscal_year = ?", s.year));
        String page = world.browser(world.user("FINANCE", List.of())).get("/monitoring?year=" + s.year).body();
        assertTrue(page.contains(s.unit), page);
    }

    @Test
    void theDashboardListsItsUnitsAPageAtATimeWithTotalsOverAll() {
        int year = 2064;
        // 30 units' sums as a run leaves them: 2 red and 1 green project each, 3 open alerts
        sql.update("INSERT INTO department (name) VALUES ('分页测试部门')");
        sql.update("INSERT INTO unit (code, name, department_id) SELECT CONCAT('PG', LPAD(seq, 3, '0')), CONCAT('分页单位', seq), "
                + "(SELECT id FROM department WHERE name = '分页测试部门') FROM seq_1_to_30");
        sql.update("INSERT INTO unit_light (fiscal_year, unit_id, light, projects, budget_yuan, reporting_projects, "
                + "reporting_budget_yuan, spent_yuan, planned_budget_yuan, planned_yuan_percent, open_alerts) "
                + "SELECT ?, u.id, l.light, l.n, 100000, l.n, 100000, 50000, 100000, 5000000, l.alerts FROM unit u "
                + "JOIN (SELECT 'RED' AS light, 2 AS n, 3 AS alerts UNION ALL SELECT 'GREEN', 1, 0) l WHERE u.code LIKE 'PG%'", year);
        Http browser = world.browser(world.user("FINANCE", List.of()));

        String first = browser.get("/monitoring?year=" + year).body();
        assertTrue(first.contains("data-unit=\"PG001\"") && first.contains("data-unit=\"PG025\""), first);
        assertTrue(!first.contains("data-unit=\"PG026\""), "25 units a page");
        assertTrue(first.contains(Messages.text("monitoring.unitsShown", 25, 30)), first);
        assertTrue(first.contains("unitPage=2"), "a link to the next page of units");
        assertTrue(first.contains(">60</a>") && first.contains(">30</a>"), "the red and green totals count every unit's projects");
        assertTrue(first.contains(">90</a>"), "the open alerts of every unit");
        String second = browser.get("/monitoring?year=" + year + "&unitPage=2").body();
        assertTrue(second.contains("data-unit=\"PG026\"") && second.contains("data-unit=\"PG030\"")
                && !second.contains("data-unit=\"PG025\""), second);
        assertTrue(second.contains(Messages.text("monitoring.unitsShown", 5, 30)), second);
    }

    /**
     * The dashboard keeps what it read and rendered while the runs and the units stay the same (DashboardResults,
     * RenderedFragments): a unit renamed, a new run's lights and a page asked for twice must still show what the
     * database holds now.
     */
    @Test
    void theDashboardShowsWhatChangedSinceItWasLastShown() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2066);
        MonitoringApiTest.run(finance, s.asOf());
        String viewer = world.user("FINANCE", List.of());
        Http browser = world.browser(viewer);
        String dashboard = "/monitoring?year=" + s.year;
        String before = browser.get(dashboard).body();
        long hits = queryCacheHits();
        assertEquals(before, browser.get(dashboard).body(), "the same page twice");
        // the second view's checks (the stamps, the page's projects) were answered from MariaDB's query cache
        assertTrue(queryCacheHits() >= hits + 2, "query cache hits " + hits + " → " + queryCacheHits());
        assertTrue(projectRow(before, s.law).contains(">0.93<"), projectRow(before, s.law));

        String name = sql.queryString("SELECT name FROM unit WHERE code = ?", s.unit);
        sql.update("UPDATE unit SET name = ? WHERE code = ?", name + "（更名）", s.unit);
        String renamed = browser.get(dashboard).body();
        assertTrue(renamed.contains(s.unit + " " + name + "（更名）"), "the unit's new name in its row");

        // what the page shows that changes without a run: a project's name, its values still to check, a period's
        // label, the name of the person who started the run, the bell's count
        sql.update("UPDATE budget_project SET name = '法制建设（调整）' WHERE id = ?", s.law);
        assertTrue(projectRow(browser.get(dashboard).body(), s.law).contains("法制建设（调整）"), "the project's new name");
        assertFalse(projectRow(browser.get(dashboard).body(), s.law).contains("待核对 1"));
        sql.update("UPDATE indicator SET target_needs_review = TRUE WHERE project_id = ? ORDER BY id LIMIT 1", s.law);
        assertTrue(projectRow(browser.get(dashboard).body(), s.law).contains("待核对 1"), "a target value to check");
        sql.update("UPDATE indicator SET target_needs_review = FALSE WHERE project_id = ?", s.law);
        assertFalse(projectRow(browser.get(dashboard).body(), s.law).contains("待核对"), "checked again");
        String label = sql.queryString("SELECT p.label FROM project_light l JOIN reporting_period p ON p.id = l.period_id"
                + " WHERE l.project_id = ?", s.law);
        sql.update("UPDATE reporting_period SET label = ? WHERE fiscal_year = ? AND label = ?", label + "（改）", s.year, label);
        assertTrue(projectRow(browser.get(dashboard).body(), s.law).contains(label + "（改）"), "the period's new label");
        String starter = sql.queryString("SELECT triggered_by FROM monitoring_run WHERE fiscal_year = ? ORDER BY id DESC LIMIT 1", s.year);
        sql.update("UPDATE app_user SET display_name = '监控发起人（改名）' WHERE username = ?", starter);
        assertTrue(browser.get(dashboard).body().contains("监控发起人（改名）"), "the starter's new name in the runs");
        assertFalse(browser.get(dashboard).body().contains("<span class=\"count\">"), "no unread notification yet");
        sql.update("INSERT INTO notification (user_id, kind, event_key, title, created_at) SELECT id, 'ALERT', 'scale-test', "
                + "'预警', NOW(3) FROM app_user WHERE username = ?", viewer);
        assertTrue(browser.get(dashboard).body().contains("<span class=\"count\">1</span>"), "the bell counts it");

        // a new run over new spend: its lights and figures, not the first run's
        sql.update("UPDATE period_report SET spent_yuan = 15000 WHERE id = ?", s.lawJuneReport);
        JsonNode second = MonitoringApiTest.run(finance, s.asOf());
        String after = browser.get(dashboard).body();
        assertTrue(after.contains("data-run-id=\"" + second.get("id").asLong() + "\""), "the new run is listed");
        String lawRow = projectRow(after, s.law);
        assertTrue(lawRow.contains(">1.50<"), lawRow);
        String light = sql.queryString("SELECT light FROM project_light WHERE project_id = ?", s.law);
        assertTrue(lawRow.contains("data-light=\"" + light + "\""), lawRow);
        for (String l : List.of("RED", "YELLOW", "BLUE", "GREEN")) {
            long projects = sql.queryLong("SELECT COUNT(*) FROM project_light WHERE fiscal_year = ? AND light = ?", s.year, l);
            assertTrue(after.contains("light=" + l + "\">" + projects + "</a>"), l + " " + projects);
        }
    }

    private long queryCacheHits() {
        return Long.parseLong(sql.queryString("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'QCACHE_HITS'"));
    }

    private static String projectRow(String page, long projectId) {
        int at = page.indexOf("data-project-id=\"" + projectId + "\"");
        assertTrue(at >= 0, "the project is on the dashboard");
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
