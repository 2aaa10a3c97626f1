package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 项目绩效运行监控表 of one project and period (print page and .xlsx) and the page setup of the
 * unit's 绩效监控表, read back with POI. Fiscal year 2097.
 *
 * <p>Fixture: 乐亭's 法制建设 table (3.00 万元 = 30,000.00 元, all 财政资金; plan 6月底 50%), 6月底 report:
 * spent 12,000.00 元 = 40.00%, 培训 3 of ≥6次 = 50.00%, 全年预计 6次, 确定能, 经费保障 + 资金下达较晚,
 * 纠偏措施 加快拨付; submitted by 王填报, approved by 李审核.
 */
@MicronautTest
class MonitoringFormTest {

    // the years given for these tests (2161–2175) are past what a project may have (2000–2100), and 2060–2091 are taken by other tests
    private static final int YEAR = 2097;
    private static final String PERIOD = YEAR + "-06";

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    String bureauName;
    String financeName;
    long project;
    String projectName;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("监控表单位");
        bureauName = world.user("BUREAU", List.of(unit), "王填报");
        financeName = world.user("FINANCE", List.of(), "李审核");
        projectName = "法制建设" + World.next();
        Map<String, Object> body = Projects.leting(unit, "JK" + World.next(), projectName);
        body.put("year", YEAR);
        project = Projects.create(world.script(bureauName), body);
    }

    private void fileAndApprove() {
        Http bureau = world.script(bureauName);
        JsonNode blank = Reports.get(bureau, project, PERIOD);
        List<Map<String, Object>> entries = Reports.complete(blank);
        long training = Reports.indicatorId(blank, "开展行政执法培训");
        for (Map<String, Object> e : entries) {
            if (e.get("indicatorId").equals(training)) {
                e.put("currentValue", "3");
                e.put("expectedFullYear", "6次");
                e.put("likelihood", "CERTAIN");
                e.put("deviationCauses", List.of("FUNDING"));
                e.put("deviationNote", "资金下达较晚");
                e.put("correctiveAction", "加快拨付");
            }
        }
        Http.Response saved = bureau.putJson(Reports.path(project, PERIOD), Json.write(Reports.body(null, "12000", entries)));
        assertEquals(200, saved.status(), saved.body());
        Http.Response submitted = bureau.postJson(Reports.path(project, PERIOD) + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted.body());
        Http.Response approved = world.script(financeName).postJson(Reports.path(project, PERIOD) + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
    }

    @Test
    void theWorkbookHoldsTheFilledReportInTheFormsLayout() throws IOException {
        fileAndApprove();
        HttpResponse<byte[]> r = download(Reports.path(project, PERIOD) + "/monitoring-sheet.xlsx", bureauName);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("filename*=UTF-8''"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sh = book.getSheetAt(0);
            assertEquals("项目绩效运行监控表", book.getSheetName(0));
            assertEquals("项目绩效运行监控表", text(sh, 0, 0));
            assertEquals("（2097年度 · 6月底）", text(sh, 1, 0));
            Row name = row(sh, "项目名称");
            assertEquals(projectName, name.getCell(1).getStringCellValue());
            assertEquals("项目编码", name.getCell(5).getStringCellValue());
            Row department = row(sh, "主管部门");
            assertEquals("监控表单位部门", department.getCell(1).getStringCellValue());
            assertEquals("实施单位", department.getCell(5).getStringCellValue());
            assertEquals("监控表单位" + unit, department.getCell(6).getStringCellValue());

            Row money = row(sh, "项目资金（元）");
            assertEquals(List.of("年初预算数", "调整后预算数", "1—6月执行数", "1—6月执行率", "计划支出进度（6月底）"),
                    List.of(money.getCell(2).getStringCellValue(), money.getCell(3).getStringCellValue(),
                            money.getCell(4).getStringCellValue(), money.getCell(5).getStringCellValue(),
                            money.getCell(6).getStringCellValue()));
            Row total = row(sh, "年度资金总额");
            assertEquals(30000.0, total.getCell(2).getNumericCellValue());
            assertEquals("#,##0.00", total.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(CellType.BLANK, total.getCell(3).getCellType(), "no adjusted budget");
            assertEquals(12000.0, total.getCell(4).getNumericCellValue());
            assertEquals(0.4, total.getCell(5).getNumericCellValue(), 1e-12);
            assertEquals("0.00%", total.getCell(5).getCellStyle().getDataFormatString());
            assertEquals(0.5, total.getCell(6).getNumericCellValue(), 1e-12);
            Row fiscal = row(sh, "其中：财政资金");
            assertEquals(30000.0, fiscal.getCell(2).getNumericCellValue());
            assertEquals(CellType.BLANK, fiscal.getCell(4).getCellType(), "spend is reported for the whole project only");
            assertEquals(0.0, row(sh, "其他资金").getCell(2).getNumericCellValue());
            assertEquals("1.完成县政府交办的各项事务，维护社会稳定", row(sh, "年度总体目标").getCell(1).getStringCellValue());

            Row heading = row(sh, "一级指标");
            List<String> headings = new ArrayList<>();
            heading.forEach(c -> headings.add(c.getStringCellValue()));
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "1—6月实际完成值（实施进度）",
                    "全年预计完成情况", "完成目标可能性", "偏差原因分析", "纠偏措施"), headings);
            Row training = sh.getRow(heading.getRowNum() + 1);
            assertEquals(List.of("产出指标", "数量指标", "开展行政执法培训", "≥6次", "3次（完成目标的50.00%）", "6次", "确定能",
                    "经费保障：资金下达较晚", "加快拨付"), values(training));
            Row timely = sh.getRow(heading.getRowNum() + 2);
            assertEquals("", timely.getCell(0).getStringCellValue(), "产出指标 is merged over its rows");
            assertTrue(merged(sh, heading.getRowNum() + 1, 0).getLastRow() >= heading.getRowNum() + 3);
            assertEquals(List.of("及时完成", "及时完成", "达成"), values(timely).subList(2, 5));

            Row filled = rowStarting(sh, "填报人：");
            assertEquals("填报人：王填报", filled.getCell(0).getStringCellValue());
            assertEquals("审核人：李审核", filled.getCell(3).getStringCellValue());
            assertEquals("单位（盖章）", filled.getCell(6).getStringCellValue());
            CellRangeAddress stamp = merged(sh, filled.getRowNum(), 6);
            assertEquals(8, stamp.getLastColumn());
            assertTrue(stamp.getLastRow() - stamp.getFirstRow() >= 3, "a box tall enough for the seal");
            Row dates = sh.getRow(filled.getRowNum() + 1);
            assertTrue(dates.getCell(0).getStringCellValue().matches("填报日期：\\d{4}年\\d{1,2}月\\d{1,2}日"), values(dates).toString());
            assertTrue(dates.getCell(3).getStringCellValue().matches("审核日期：\\d{4}年\\d{1,2}月\\d{1,2}日"));

            PrintSetup print = sh.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertTrue(sh.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(new CellRangeAddress(heading.getRowNum(), heading.getRowNum(), -1, -1), sh.getRepeatingRows(),
                    "the indicator table's heading repeats on every page");
            assertEquals("第 &P 页，共 &N 页", sh.getFooter().getCenter());
        }
        Http.Response script = world.script(bureauName).get(Reports.path(project, PERIOD) + "/monitoring-sheet.xlsx");
        assertEquals(200, script.status(), "a script asking for JSON still gets the file");
        Http.Response page = world.browser(bureauName).get("/reports/projects/" + project + "/" + PERIOD + "/monitoring-sheet.xlsx");
        assertEquals(200, page.status(), "the page's download is the same form");
        Http stranger = world.browser(world.user("BUREAU", List.of(world.unit("他人单位"))));
        assertEquals(404, stranger.get("/reports/projects/" + project + "/" + PERIOD + "/monitoring-sheet.xlsx").status(),
                "another unit's form is not there for a stranger");
    }

    @Test
    void thePrintPageIsTheFormOnA4WithItsSignOffAndStampBox() {
        fileAndApprove();
        Http bureau = world.browser(bureauName);
        String form = bureau.get("/reports/projects/" + project + "/" + PERIOD).body();
        String print = "/reports/projects/" + project + "/" + PERIOD + "/print";
        assertTrue(form.contains("href=\"" + print + "\""), "the report form links its printed form");
        assertTrue(form.contains("href=\"/reports/projects/" + project + "/" + PERIOD + "/monitoring-sheet.xlsx\""));
        assertTrue(bureau.get("/reports/units/" + unit + "/" + PERIOD).body().contains("href=\"" + print + "\""),
                "so does the unit's report list");

        Http.Response r = bureau.get(print);
        assertEquals(200, r.status(), r.body());
        String html = r.body();
        assertTrue(html.contains("<body class=\"print-form\">"));
        assertTrue(html.contains("<h1 class=\"form-title\">项目绩效运行监控表</h1>"));
        assertTrue(html.contains("<td colspan=\"4\">" + projectName + "</td>"));
        assertTrue(html.contains(">30,000.00<") && html.contains(">12,000.00<") && html.contains(">40.00%<") && html.contains(">50.00%<"), html);
        assertTrue(html.contains("<td>3次（完成目标的50.00%）</td>"));
        assertTrue(html.contains("<td>经费保障：资金下达较晚</td>") && html.contains("<td>加快拨付</td>"));
        assertTrue(html.contains("<span>填报人：王填报</span>"), "names, not usernames");
        assertTrue(html.contains("<span>审核人：李审核</span>"));
        assertFalse(html.contains(bureauName), "the username is not printed");
        assertTrue(html.contains("<div class=\"stamp-box\">单位（盖章）</div>"));
        assertTrue(html.contains("<div class=\"toolbar no-print\">"), "links and buttons stay off the paper");

        String css = bureau.get("/static/app.css").body();
        assertTrue(css.contains("@page monitoring-form { size: A4 landscape;"), "the form prints on A4");
        assertTrue(css.contains("body.print-form .page { page: monitoring-form; }"));
        assertTrue(css.contains(".topbar, .toolbar, .no-print, button { display: none !important; }"), "no navigation or buttons in print");
    }

    @Test
    void anUnsavedReportPrintsAsABlankFormWithoutSignatures() {
        Http.Response r = world.browser(bureauName).get("/reports/projects/" + project + "/" + PERIOD + "/print");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("<span>填报人：</span>"), "nobody filed it yet");
        assertTrue(r.body().contains("状态：未填报"));
    }

    @Test
    void theReportFormCountsVersionsFromOne() {
        Http bureau = world.browser(bureauName);
        String path = "/reports/projects/" + project + "/" + PERIOD;
        assertFalse(bureau.get(path).body().contains("版</span>"), "nothing saved, no version");
        world.script(bureauName).putJson(Reports.path(project, PERIOD), Json.write(Reports.body(null, "1000", List.of())));
        String once = bureau.get(path).body();
        assertFalse(once.contains("第 0 版"), "a saved report is never 第 0 版");
        assertTrue(once.contains(">第 1 版</span>"), once);
        Http.Response stale = world.script(bureauName).putJson(Reports.path(project, PERIOD), Json.write(Reports.body(null, "1500", List.of())));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("您编辑的是未保存的内容，当前为第 1 版"), "messages count the same way: " + stale.body());
        JsonNode saved = Reports.get(world.script(bureauName), project, PERIOD);
        assertEquals(0, saved.get("version").asLong(), "the API keeps the stored number a client sends back");
        world.script(bureauName).putJson(Reports.path(project, PERIOD), Json.write(Reports.body(Reports.version(saved), "2000", List.of())));
        assertTrue(bureau.get(path).body().contains(">第 2 版</span>"));
    }

    @Test
    void theUnitsMonitoringTablePrintsLandscapeOnePageWideWithItsHeadingRepeated() throws IOException {
        fileAndApprove();
        byte[] xlsx = download("/monitoring/export/" + unit + "/" + PERIOD, financeName).body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sh = book.getSheetAt(0);
            assertEquals("项目编码", text(sh, 2, 0), "row 3 holds the column headings");
            PrintSetup print = sh.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertTrue(sh.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(new CellRangeAddress(2, 2, -1, -1), sh.getRepeatingRows());
            assertEquals(0.5, sh.getMargin(Sheet.LeftMargin));
            assertEquals(0.7, sh.getMargin(Sheet.BottomMargin));
            assertEquals("第 &P 页，共 &N 页", sh.getFooter().getCenter());
        }
    }

    /** A download as {@code user}'s script fetches it, as bytes (the test client reads bodies as text). */
    private HttpResponse<byte[]> download(String path, String user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(Sheet sh, int r, int c) {
        return sh.getRow(r).getCell(c).getStringCellValue();
    }

    private static Row row(Sheet sh, String first) {
        for (Row r : sh) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static Row rowStarting(Sheet sh, String prefix) {
        for (Row r : sh) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no row " + prefix);
    }

    private static List<String> values(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 9; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : cell.getStringCellValue());
        }
        return out;
    }

    private static CellRangeAddress merged(Sheet sh, int r, int c) {
        for (CellRangeAddress a : sh.getMergedRegions()) {
            if (a.isInRange(r, c)) {
                return a;
            }
        }
        throw new AssertionError("not merged: " + r + "," + c);
    }
}
