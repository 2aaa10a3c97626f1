package jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.ChartPage;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static jixiao.testing.ChartPage.number;
import static jixiao.testing.ChartPage.texts;
import static jixiao.testing.ChartPage.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts of the project page and the monitoring dashboard, read from the page as static/charts.js reads
 * them: the same numbers as the table beside each, and the numbers {@link MonitoringScenario} leads to. Also
 * that ECharts is served by the application itself and the charts need no inline script.
 *
 * <p>Fiscal years 2031–2035: the years given for these tests (2131–2145) are beyond what a project may have
 * (2000–2100), so they are taken a century earlier.
 */
@MicronautTest(transactional = false)
class ChartPagesTest {

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
    Http financeBrowser;
    MonitoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        String financeName = world.user("FINANCE", List.of());
        finance = world.script(financeName);
        financeBrowser = world.browser(financeName);
        fixtures = new MonitoringFixtures(db, tx, periods);
    }

    @Test
    void projectPage_spendAgainstPlanAndIndicatorProgress_asTheTablesAndTheFixtureSay() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2031);
        Http bureau = world.browser(world.user("BUREAU", List.of(s.unit)));

        // 法制建设: plan 25/50/75/100; 7500 of 30000 handed in for 3月底, 9300 for 6月底
        ChartPage law = new ChartPage(bureau.get("/projects/" + s.law).body());
        JsonNode spend = law.chart("chart-project-spend");
        assertEquals("累计支出：计划与实际", spend.get("title").asText());
        assertEquals(List.of("3月底", "6月底", "10月底", "12月底"), texts(spend.get("categories")));
        assertEquals(List.of("计划支出（%）", "实际执行率（%）"),
                List.of(spend.get("series").get(0).get("name").asText(), spend.get("series").get(1).get("name").asText()));
        assertEquals(List.of("25", "50", "75", "100"), values(spend, 0));
        assertEquals(List.of("25", "31", "", ""), values(spend, 1));
        String spendTable = law.tableOf("chart-project-spend");
        assertEquals("table-project-spend", spendTable);
        assertEquals(tableColumns(law, spendTable, 0), texts(spend.get("categories")));
        assertEquals(numbers(law, spendTable, 1), values(spend, 0));
        assertEquals(numbers(law, spendTable, 3), values(spend, 1));
        assertEquals(List.of("0.75", "0.93", "", ""), numbers(law, spendTable, 2), "spend in the table's 万元");

        // its 6月底 report, judged at 30 June: 3 of ≥6次 prorated to 3 → 100%; 93 of ≥95% (held) → 97.89%
        JsonNode indicators = law.chart("chart-project-indicators");
        assertEquals(List.of("开展行政执法培训", "服务对象满意度"), texts(indicators.get("categories")),
                "only indicators reported as a number; graded ones have no bar");
        assertEquals(List.of("100", "97.89"), values(indicators, 0));
        assertEquals(List.of("GREEN", "GREEN"), texts(indicators.get("series").get(0).get("pointLights")));
        assertEquals("100", ChartPage.plain(indicators.get("reference").decimalValue()));
        String indicatorTable = law.tableOf("chart-project-indicators");
        assertEquals(tableColumns(law, indicatorTable, 0), texts(indicators.get("categories")));
        assertEquals(numbers(law, indicatorTable, 4), values(indicators, 0));
        assertEquals(List.of("3", "95"), numbers(law, indicatorTable, 2), "expected by 30 June");
        assertEquals(List.of("3", "93"), numbers(law, indicatorTable, 3));
        assertEquals(List.of("GREEN", "GREEN"), law.rowElements(indicatorTable).stream().map(e -> e.attr("data-light")).toList());

        // 案件补贴: no plan (time elapsed); its 6月底 report is a draft and does not count; 3月底: 70000 of 350000
        ChartPage pengyang = new ChartPage(bureau.get("/projects/" + s.pengyang).body());
        JsonNode pSpend = pengyang.chart("chart-project-spend");
        assertEquals(List.of("25", "50", "83.33", "100"), values(pSpend, 0));
        assertEquals(List.of("20", "", "", ""), values(pSpend, 1));
        assertEquals(numbers(pengyang, "table-project-spend", 3), values(pSpend, 1));
        // >70 件: 25 against 17.5 expected by 31 March → 142.86%, BLUE; 35 万元 under 成本指标 is a limit: 20 → GREEN
        JsonNode pIndicators = pengyang.chart("chart-project-indicators");
        assertEquals(List.of("人民调解案件数量", "案件补贴"), texts(pIndicators.get("categories")));
        assertEquals(List.of("142.86", "57.14"), values(pIndicators, 0));
        assertEquals(List.of("BLUE", "GREEN"), texts(pIndicators.get("series").get(0).get("pointLights")));
        assertEquals(List.of("17.5", "35"), numbers(pengyang, "table-project-indicators", 2));
        assertEquals(numbers(pengyang, "table-project-indicators", 4), values(pIndicators, 0));
        assertTrue(pengyang.html().getElementById("table-project-indicators").text().contains("3月底"),
                "says which report the indicators come from");
    }

    @Test
    void projectWithoutReports_saysThereIsNoData() {
        String unit = world.unit("图表空单位");
        Map<String, Object> p = Projects.leting(unit, "C2032X" + World.next(), "无报告项目" + World.next());
        p.put("year", 2032);
        long id = Projects.create(finance, p);
        ChartPage page = new ChartPage(financeBrowser.get("/projects/" + id).body());
        JsonNode indicators = page.chart("chart-project-indicators");
        assertEquals(0, indicators.get("categories").size());
        assertEquals("暂无数据", indicators.get("emptyText").asText(), "charts.js shows it instead of an empty chart");
        assertTrue(page.rows("table-project-indicators").get(0).get(0).contains("暂无数据"));
        JsonNode spend = page.chart("chart-project-spend");
        assertEquals(List.of("", "", "", ""), values(spend, 1), "nothing spent yet");
        assertEquals(List.of("25", "50", "75", "100"), values(spend, 0), "the plan is there all the same");
    }

    @Test
    void dashboard_lightsAndExecutionPerUnitAndAlertsPerRun_asTheTablesAndTheFixtureSay() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2033);
        JsonNode first = MonitoringApiTest.run(finance, s.asOf());
        int opened = Json.parse(finance.get("/api/alerts?year=" + s.year).body()).size();
        assertTrue(opened > 0);
        // 法制建设 catches up with its plan (15000 of 30000 by 6月底 = 50%): its spend alert is closed by the next run
        fixtures.spent(s.lawJuneReport, "15000");
        JsonNode second = MonitoringApiTest.run(finance, s.asOf());

        ChartPage page = new ChartPage(financeBrowser.get("/monitoring?year=" + s.year + "&unitCode=" + s.unit).body());
        String unitName = "监控测试单位" + s.unit;

        JsonNode lights = page.chart("chart-dashboard-lights");
        assertTrue(lights.get("stacked").asBoolean());
        assertEquals(List.of(unitName), texts(lights.get("categories")));
        List<String> lightNames = new ArrayList<>();
        lights.get("series").forEach(x -> lightNames.add(x.get("light").asText()));
        assertEquals(List.of("RED", "YELLOW", "BLUE", "GREEN"), lightNames);
        List<String> seriesNames = new ArrayList<>();
        lights.get("series").forEach(x -> seriesNames.add(x.get("name").asText()));
        assertEquals(List.of("红灯", "黄灯", "蓝灯", "绿灯"), seriesNames);
        // 劳务派遣 RED (20% against 50%), 案件补贴 RED (6月底 report missing), 法制建设 YELLOW (部分达成), 滨海 GREEN
        assertEquals(List.of(List.of("2"), List.of("1"), List.of("0"), List.of("1")),
                List.of(values(lights, 0), values(lights, 1), values(lights, 2), values(lights, 3)));
        assertEquals("table-dashboard-units", page.tableOf("chart-dashboard-lights"));
        Element unitRow = page.rowElements("table-dashboard-units").get(0);
        assertEquals(s.unit, unitRow.attr("data-unit"));
        for (int i = 0; i < lightNames.size(); i++) {
            assertEquals(values(lights, i).get(0), unitRow.selectFirst("td[data-count=" + lightNames.get(i) + "]").text());
        }

        // spend 15000 + 20000 + 70000 + 300000 of 912000 = 44.41%; planned, by budget:
        // (30000 × 50 + 100000 × 50 + 350000 × 25 (案件补贴 judged at 3月底) + 432000 × 50) ÷ 912000 = 40.41%
        JsonNode execution = page.chart("chart-dashboard-execution");
        assertEquals(List.of(unitName), texts(execution.get("categories")));
        assertEquals(List.of("44.41"), values(execution, 0));
        assertEquals(List.of("40.41"), values(execution, 1));
        assertEquals("%", execution.get("unit").asText());
        assertEquals(values(execution, 0).get(0), number(unitRow.selectFirst("td[data-field=executedPercent]").text()));
        assertEquals(values(execution, 1).get(0), number(unitRow.selectFirst("td[data-field=plannedPercent]").text()));

        // the runs oldest first; the table beside it lists them latest first
        JsonNode alerts = page.chart("chart-dashboard-alerts");
        long firstId = first.get("id").asLong();
        long secondId = second.get("id").asLong();
        assertEquals(List.of("第" + firstId + "次 " + s.asOf(), "第" + secondId + "次 " + s.asOf()), texts(alerts.get("categories")));
        assertEquals(List.of(String.valueOf(opened), "0"), values(alerts, 0), "every alert was opened by the first run");
        assertEquals(List.of("0", "1"), values(alerts, 1), "the spend alert of 法制建设 closed by the second");
        assertEquals(List.of(first.get("alertsOpened").asText(), second.get("alertsOpened").asText()), values(alerts, 0));
        assertEquals(List.of(first.get("alertsClosed").asText(), second.get("alertsClosed").asText()), values(alerts, 1));
        List<Element> runRows = page.rowElements(page.tableOf("chart-dashboard-alerts"));
        assertEquals(List.of(String.valueOf(secondId), String.valueOf(firstId)), runRows.stream().map(e -> e.attr("data-run-id")).toList());
        assertEquals(values(alerts, 0), List.of(runRows.get(1).selectFirst("td[data-field=alertsOpened]").text(),
                runRows.get(0).selectFirst("td[data-field=alertsOpened]").text()));
        assertEquals(values(alerts, 1), List.of(runRows.get(1).selectFirst("td[data-field=alertsClosed]").text(),
                runRows.get(0).selectFirst("td[data-field=alertsClosed]").text()));
    }

    @Test
    void echartsIsServedByTheAppToAnyone_andTheChartsNeedNoInlineScript() {
        for (Http client : List.of(world.anonymous(), financeBrowser)) {
            Http.Response lib = client.get("/static/echarts/echarts.min.js");
            assertEquals(200, lib.status());
            assertTrue(lib.header("Content-Type").contains("javascript"), lib.header("Content-Type"));
            assertTrue(lib.body().contains("echarts") && lib.body().length() > 500_000, "the minified library itself");
            assertFalse("no-store".equals(lib.header("Cache-Control")), "a published library may be cached");
            Http.Response ours = client.get("/static/charts.js");
            assertEquals(200, ours.status());
            assertTrue(ours.header("Content-Type").contains("javascript"), ours.header("Content-Type"));
        }
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2034);
        for (String path : List.of("/projects/" + s.law, "/monitoring?year=" + s.year, "/evaluations?year=" + s.year)) {
            Http.Response page = financeBrowser.get(path);
            assertEquals(200, page.status(), path);
            assertEquals("frame-ancestors 'none'", page.header("Content-Security-Policy"), path);
            ChartPage html = new ChartPage(page.body());
            List<String> sources = html.html().select("script[src]").eachAttr("src");
            assertTrue(sources.contains("/static/echarts/echarts.min.js") && sources.contains("/static/charts.js"), path + " " + sources);
            assertTrue(sources.stream().allMatch(src -> src.startsWith("/static/")), "nothing from another site: " + sources);
            for (Element inline : html.html().select("script:not([src])")) {
                assertEquals("application/json", inline.attr("type"), "only data, no code, inline: " + path);
                assertNotNull(Json.parse(inline.data()));
            }
            assertFalse(html.html().select("[data-chart]").isEmpty(), path);
            for (Element chart : html.html().select("[data-chart]")) {
                assertTrue(chart.hasAttr("hidden"), "hidden until drawn: without JavaScript the table shows the numbers");
                assertNotNull(html.html().getElementById(chart.attr("data-table")), "its table " + chart.attr("data-table"));
                assertTrue(chart.children().isEmpty(), "empty until charts.js draws into it");
            }
        }
    }

    private static List<String> tableColumns(ChartPage page, String table, int column) {
        return page.rows(table).stream().map(r -> r.get(column)).toList();
    }

    private static List<String> numbers(ChartPage page, String table, int column) {
        return page.rows(table).stream().map(r -> number(r.get(column))).toList();
    }
}
