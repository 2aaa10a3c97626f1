package jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jixiao.reporting.ReportingPeriods;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring pages as people use them: finance starts a run from the dashboard and the page
 * follows it (monitoring-run.js polls the run's JSON with the browser's session, then reloads);
 * the bureau acknowledges an alert, finance resolves it; the 绩效监控表 export.
 */
@MicronautTest(transactional = false)
class MonitoringPagesTest {

    private static final Pattern RUN_LOCATION = Pattern.compile("/monitoring\\?year=(\\d+)&run=(\\d+)");

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
        String financeName = world.user("FINANCE", List.of(), "监控发起人");
        finance = world.script(financeName);
        financeBrowser = world.browser(financeName);
        fixtures = new MonitoringFixtures(db, tx, periods);
    }

    @Test
    void financeStartsARunFromTheDashboardAndSeesTheResultWithoutReloading() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2045);
        Http.Response dashboard = financeBrowser.get("/monitoring");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.body().contains("action=\"/monitoring/runs\""), "the run form");
        assertTrue(dashboard.body().contains("/static/monitoring-run.js"));

        Http.Response started = financeBrowser.postForm("/monitoring/runs", Map.of("asOf", s.asOf()));
        assertEquals(303, started.status(), started.body());
        Matcher m = RUN_LOCATION.matcher(started.location());
        assertTrue(m.matches(), started.location());
        assertEquals(String.valueOf(s.year), m.group(1));
        long runId = Long.parseLong(m.group(2));

        Http.Response following = financeBrowser.get(started.location());
        assertEquals(200, following.status());
        assertTrue(following.body().contains("id=\"run-panel\""));
        assertTrue(following.body().contains("data-run-id=\"" + runId + "\""));

        // What the script does: poll the run's JSON with the browser's session until it is done…
        JsonNode run = MonitoringApiTest.await(financeBrowser, runId);
        assertEquals("DONE", run.get("status").asText(), run.toString());
        String script = financeBrowser.get("/static/monitoring-run.js").body();
        assertTrue(script.contains("'/api/monitoring/runs/'") && script.contains("data-run-id")
                && script.contains("window.location.reload()"), "the script polls the run and reloads when done");
        for (String field : List.of("projectsChecked", "projectsTotal", "red", "yellow", "blue", "green",
                "alertsOpened", "alertsUpdated", "alertsClosed", "statusLabel")) {
            assertTrue(following.body().contains("data-field=\"" + field + "\""), "the panel shows " + field);
            assertTrue(script.contains(field), "the script fills in " + field);
        }
        // …then reload: the finished run and the lights it produced
        String done = financeBrowser.get(started.location()).body();
        assertTrue(done.contains("data-finished=\"true\""), "no more polling");
        assertTrue(done.contains("<td>监控发起人</td>"), "the run list names who started it by 姓名");
        assertTrue(done.contains("name=\"asOf\" value=\"" + s.asOf() + "\""), "the date field keeps the run's date");
        assertTrue(done.contains("已完成"));
        String unitPage = financeBrowser.get("/monitoring?year=" + s.year + "&unitCode=" + s.unit).body();
        assertEquals(4, count(unitPage, "data-project-id="), "the unit's projects");
        assertEquals(2, count(unitPage, "data-light=\"RED\""));
        assertTrue(unitPage.contains("/monitoring/export/" + s.unit + "/" + s.year + "-06"), "export of the current period");
        assertEquals(1, count(financeBrowser.get("/monitoring?year=" + s.year + "&unitCode=" + s.unit + "&light=YELLOW").body(),
                "data-project-id="));

        Http.Response invalid = financeBrowser.postForm("/monitoring/runs", Map.of("asOf", "七月"));
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("监控日期“七月”格式不正确"), "says what is wrong");

        Http bureauBrowser = world.browser(world.user("BUREAU", List.of(s.unit)));
        assertEquals(403, bureauBrowser.get("/monitoring").status());
    }

    @Test
    void theBureauAcknowledgesAndFinanceResolvesThroughThePages() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2046);
        MonitoringApiTest.run(finance, s.asOf());
        Http bureauBrowser = world.browser(world.user("BUREAU", List.of(s.unit), "王司法"));

        String list = bureauBrowser.get("/alerts").body();
        assertTrue(list.contains("6月底计划支出50%，实际支出31%，滞后19个百分点"), "the rule and the numbers in words");
        assertTrue(list.contains("/monitoring/export/" + s.unit + "/"), "its 绩效监控表");
        JsonNode alerts = Json.parse(finance.get("/api/alerts?year=" + s.year + "&unitCode=" + s.unit).body());
        long id = MonitoringApiTest.alert(alerts, s.law, "SPEND_LAG").get("id").asLong();

        String detail = bureauBrowser.get("/alerts/" + id).body();
        assertTrue(detail.contains("action=\"/alerts/" + id + "/acknowledge\""));
        assertFalse(detail.contains("/resolve\""), "only finance resolves");
        Http.Response blank = bureauBrowser.postForm("/alerts/" + id + "/acknowledge", Map.of("correctiveAction", ""));
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("请填写整改措施"));
        Http.Response acknowledged = bureauBrowser.postForm("/alerts/" + id + "/acknowledge",
                Map.of("correctiveAction", "加快法制宣传经费支付，8月底前达到计划进度"));
        assertEquals(303, acknowledged.status(), acknowledged.body());
        assertEquals("/alerts/" + id + "?done=acknowledged", acknowledged.location());
        assertTrue(bureauBrowser.get(acknowledged.location()).body().contains("已确认整改，等待财政局办结"));
        String after = bureauBrowser.get("/alerts/" + id).body();
        assertTrue(after.contains("已确认整改") && after.contains("8月底前达到计划进度"));
        assertTrue(after.contains("王司法 · "), "the person by name, not username");
        assertTrue(after.contains(">50%<") && after.contains(">31%<") && after.contains(">19个百分点<"),
                "the numbers with their units: " + after);

        String financeView = financeBrowser.get("/alerts/" + id).body();
        assertTrue(financeView.contains("action=\"/alerts/" + id + "/resolve\""));
        assertFalse(financeView.contains("/acknowledge\""));
        Http.Response resolved = financeBrowser.postForm("/alerts/" + id + "/resolve", Map.of("resolution", "整改措施可行"));
        assertEquals(303, resolved.status(), resolved.body());
        String closed = financeBrowser.get("/alerts/" + id).body();
        assertTrue(closed.contains("已办结") && closed.contains("整改措施可行"));
        assertFalse(closed.contains("/resolve\""), "nothing left to do");
        assertFalse(bureauBrowser.get("/alerts").body().contains("滞后19个百分点"), "no longer pending");
        assertTrue(bureauBrowser.get("/alerts?status=RESOLVED").body().contains("滞后19个百分点"));
    }

    @Test
    void exportsTheUnitsMonitoringTableForAPeriod() throws Exception {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2047);
        Http.Response response = financeBrowser.get("/monitoring/export/" + s.unit + "/" + s.year + "-06");
        assertEquals(200, response.status());
        assertTrue(response.header("Content-Disposition").contains("filename*=UTF-8''"), response.header("Content-Disposition"));
        byte[] xlsx = financeBrowser.getBytes("/monitoring/export/" + s.unit + "/" + s.year + "-06");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(s.year + "年6月底项目支出绩效监控表", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> headers = new ArrayList<>();
            sheet.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("项目编码", "项目名称", "年初预算数", "调整后预算数", "6月底计划支出（%）", "累计支出",
                    "预算执行率（%）", "执行偏差（百分点）", "填报状态", "一级指标", "二级指标", "三级指标", "年度指标值",
                    "当前完成值", "全年预计完成情况", "完成目标可能性", "偏差原因", "纠偏措施"), headers);
            int lawRow = rowOf(sheet, "法制建设");
            Row law = sheet.getRow(lawRow);
            assertEquals(30000.0, law.getCell(2).getNumericCellValue());
            assertEquals(50.0, law.getCell(4).getNumericCellValue());
            assertEquals(9300.0, law.getCell(5).getNumericCellValue());
            assertEquals(31.0, law.getCell(6).getNumericCellValue());
            assertEquals(19.0, law.getCell(7).getNumericCellValue());
            assertEquals("已报送", law.getCell(8).getStringCellValue());
            assertEquals("开展行政执法培训", law.getCell(11).getStringCellValue());
            assertEquals("≥6次", law.getCell(12).getStringCellValue());
            assertEquals(3.0, law.getCell(13).getNumericCellValue());
            assertEquals("确定能", law.getCell(15).getStringCellValue());
            assertEquals("经费保障、其他：资金下达较晚", law.getCell(16).getStringCellValue());
            assertEquals("加快支付进度", law.getCell(17).getStringCellValue());
            assertEquals("部分达成", sheet.getRow(lawRow + 2).getCell(13).getStringCellValue(), "维护社会稳定, a grade");
            Row xinglong = sheet.getRow(rowOf(sheet, "劳务派遣人员经费"));
            assertEquals(50.0, xinglong.getCell(4).getNumericCellValue(), "兴隆's given 6月底, blank 3月底 around it");
            assertEquals("已审核", xinglong.getCell(8).getStringCellValue());
            Row pengyang = sheet.getRow(rowOf(sheet, "案件补贴"));
            assertEquals("填报中", pengyang.getCell(8).getStringCellValue(), "its 6月底 report is a draft");
            assertEquals(50.0, pengyang.getCell(4).getNumericCellValue(), "no plan: time elapsed");
            assertEquals(3 + 4 + 2 + 2 + 2, sheet.getLastRowNum() + 1, "three heading rows, then a row per indicator");
            assertEquals(1 + 4 * 9, sheet.getNumMergedRegions(),
                    "the title, and the project cells of each project over its indicator rows");
        }
        assertEquals(404, financeBrowser.get("/monitoring/export/" + s.unit + "/2024-13").status());
        assertEquals(404, world.browser(world.user("BUREAU", List.of(world.unit("别处")))).get(
                "/monitoring/export/" + s.unit + "/" + s.year + "-06").status());
        Http bureau = world.browser(world.user("BUREAU", List.of(s.unit)));
        assertEquals(200, bureau.get("/monitoring/export/" + s.unit + "/" + s.year + "-06").status(), "its own table");
    }

    /*
     * The unit's 执行率 is spend over its whole budget: 法制建设 3万 (0.93万 spent), 劳务派遣 10万 (2万), 案件补贴 35万
     * (7万, its 3月底 report), 多种用工 43.2万 (30万), and a 108.8万 project that reported nothing (0 spent):
     * 39.93 ÷ 200 = 19.97%. Over the reporting projects only it would be 39.93 ÷ 91.2 = 43.78%, shown apart under
     * its own name.
     */
    @Test
    void theUnitsExecutionRateIsOverItsWholeBudget_theReportingOnlyRateHasItsOwnName() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2051);
        Map<String, Object> silent = jixiao.testing.Projects.leting(s.unit, "M2051S" + World.next(), "未填报项目" + World.next());
        silent.put("year", 2051);
        silent.put("budget", "108.80");
        silent.put("fiscalFunds", "108.80");
        jixiao.testing.Projects.create(finance, silent);
        MonitoringApiTest.run(finance, s.asOf());

        String page = financeBrowser.get("/monitoring?year=2051&unitCode=" + s.unit).body();
        Matcher row = Pattern.compile("data-unit=\"" + s.unit + "\"(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), page);
        String unitRow = row.group(1);
        assertTrue(unitRow.contains(">200.00<"), "the whole budget: " + unitRow);
        assertTrue(unitRow.contains(">39.93<"), unitRow);
        assertTrue(unitRow.contains("data-field=\"executedPercent\">19.97<"), unitRow);
        assertTrue(unitRow.contains("data-field=\"reportingExecutedPercent\"") && unitRow.contains(">43.78<"), unitRow);
        assertTrue(unitRow.contains("已填报支出的4个项目，预算91.20万元"), unitRow);
        assertTrue(page.contains("执行率（%，全部项目预算）") && page.contains("已填报项目执行率（%）"), "each rate under its own name");
    }

    private static int rowOf(Sheet sheet, String projectName) {
        for (Row row : sheet) {
            if (row.getRowNum() > 2 && row.getCell(1).getStringCellValue().startsWith(projectName)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row of " + projectName);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
