package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year-end pack over HTTP: a bureau gets its own unit's folder and nothing of another unit, finance every
 * unit's folder and the county summary; the entries are exactly the projects' 自评表 and the summaries, named in
 * Chinese (UTF-8 flag set), each opening with POI with the numbers of the summary JSON. And the 信息公开 page
 * and workbook: approved results only, no person's username or 姓名.
 */
@MicronautTest(transactional = false)
class YearEndPackTest {

    private static final int YEAR = 2123;

    @Inject
    EmbeddedServer server;

    World world;
    String unitA;
    String unitB;
    String unitAName;
    String unitBName;
    List<String> people;
    Http bureau;
    Http bureauBrowser;
    Http finance;
    Http approver;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unitA = world.unit("打包司法局本级");
        unitB = world.unit("打包财政局本级");
        unitAName = unitName(unitA);
        unitBName = unitName(unitB);
        int n = World.next();
        String clerkName = "王晓梅" + n;
        String financeName = "赵建国" + n;
        String approverName = "孙立新" + n;
        String clerk = world.user("BUREAU", List.of(unitA), clerkName);
        String financeUser = world.user("FINANCE", List.of(), financeName);
        String approverUser = world.user("FINANCE", List.of(), approverName);
        people = List.of(clerk, clerkName, financeUser, financeName, approverUser, approverName, World.ADMIN);
        bureau = world.script(clerk);
        bureauBrowser = world.browser(clerk);
        finance = world.script(financeUser);
        approver = world.script(approverUser);
    }

    @Test
    void bureauGetsItsUnit_financeGetsEveryUnitAndTheCounty_entriesListedExactly_workbooksEqualTheSummary() throws IOException {
        int year = YEAR;
        // names with characters a file system refuses; two that are the same once those are replaced
        long approved = project(year, unitA, "A1", "法制/宣传:项目*一");
        long drafted = project(year, unitA, "A2", "同名:项目");
        long untouched = project(year, unitA, "A3", "同名/项目");
        long other = project(year, unitB, "B1", "财政项目");
        evaluate(approved, true);
        evaluate(drafted, false);

        Http.Download own = bureau.download(pack(year, unitA));
        assertEquals(200, own.status());
        assertEquals("application/zip", own.header("Content-Type"));
        assertTrue(own.header("Content-Disposition").contains("filename*=UTF-8''"
                + URLEncoder.encode(year + "年度绩效自评（" + unitA + " " + unitAName + "）.zip", StandardCharsets.UTF_8)
                .replace("+", "%20")), own.header("Content-Disposition"));
        assertEquals(null, own.header("Content-Length"), "streamed: the length is not known beforehand");
        assertUtf8Flag(own.body());
        String root = year + "年度绩效自评/";
        String folderA = root + unitA + " " + unitAName + "/";
        List<String> entriesA = List.of(
                folderA + "01 法制_宣传_项目_一 自评表.xlsx",
                folderA + "01 法制_宣传_项目_一 自评报告.docx",
                folderA + "02 同名_项目 自评表.xlsx",
                folderA + "02 同名_项目 自评报告.docx",
                folderA + "03 同名_项目 自评表.xlsx",
                folderA + "03 同名_项目 自评报告.docx",
                folderA + unitA + " " + unitAName + " 绩效自评汇总表.xlsx");
        Map<String, byte[]> zipA = unzip(own.body());
        assertEquals(entriesA, List.copyOf(zipA.keySet()));

        JsonNode summaryA = Json.parse(finance.get("/api/self-evaluations/summary?year=" + year + "&unitCode=" + unitA).body());
        assertEquals(3, summaryA.size());
        List<Long> order = List.of(approved, drafted, untouched);
        for (int i = 0; i < 3; i++) {
            JsonNode row = summaryA.get(i);
            assertEquals(order.get(i), row.get("projectId").asLong());
            try (XSSFWorkbook book = open(zipA.get(entriesA.get(2 * i)))) {
                Sheet form = book.getSheetAt(0);
                assertEquals(row.get("projectName").asText(), SelfEvaluationApiTest.text(form, 2, 1));
                if (!row.get("total").isNull()) {
                    int total = SelfEvaluationApiTest.rowOf(form, "总分");
                    assertEquals(SelfEvaluationApiTest.two(row.get("total")), SelfEvaluationApiTest.text(form, total, 6));
                }
            }
            assertWorkbookEqualsTheApi(zipA.get(entriesA.get(2 * i)), "/api/projects/" + order.get(i) + "/self-evaluation.xlsx");
            // the 自评报告 as GET …/self-evaluation/report.docx gives it: the same text, paragraph by paragraph
            try (XWPFDocument packed = new XWPFDocument(new ByteArrayInputStream(zipA.get(entriesA.get(2 * i + 1))));
                 XWPFDocument alone = new XWPFDocument(new ByteArrayInputStream(
                         finance.download("/api/projects/" + order.get(i) + "/self-evaluation/report.docx").body()))) {
                assertEquals(paragraphs(alone), paragraphs(packed));
                assertTrue(paragraphs(packed).contains(row.get("projectName").asText()), "the report is the project's");
            }
        }
        assertSummaryWorkbook(zipA.get(entriesA.get(6)), summaryA);
        assertEquals("100.00", SelfEvaluationApiTest.two(summaryA.get(0).get("total")));

        assertEquals(404, bureau.download(pack(year, unitB)).status(), "another unit's pack is not found");
        Map<String, byte[]> bureauAll = unzip(bureau.download("/api/year-end-pack.zip?year=" + year).body());
        assertEquals(entriesA, List.copyOf(bureauAll.keySet()), "without a unit: the bureau's own units, no county summary");

        Http.Download all = finance.download("/api/year-end-pack.zip?year=" + year);
        assertEquals(200, all.status());
        Map<String, byte[]> zipAll = unzip(all.body());
        String folderB = root + unitB + " " + unitBName + "/";
        List<String> expected = new ArrayList<>(entriesA);
        expected.add(folderB + "01 财政项目 自评表.xlsx");
        expected.add(folderB + "01 财政项目 自评报告.docx");
        expected.add(folderB + unitB + " " + unitBName + " 绩效自评汇总表.xlsx");
        expected.add(root + year + "年度全县绩效自评汇总表.xlsx");
        assertEquals(expected, List.copyOf(zipAll.keySet()));
        JsonNode county = Json.parse(finance.get("/api/self-evaluations/summary?year=" + year).body());
        assertEquals(4, county.size());
        assertEquals(other, county.get(3).get("projectId").asLong());
        assertSummaryWorkbook(zipAll.get(root + year + "年度全县绩效自评汇总表.xlsx"), county);
        assertSummaryWorkbook(zipAll.get(folderB + unitB + " " + unitBName + " 绩效自评汇总表.xlsx"),
                Json.parse(finance.get("/api/self-evaluations/summary?year=" + year + "&unitCode=" + unitB).body()));

        assertEquals(404, finance.download(pack(year, "NOSUCH" + World.next())).status());

        String list = bureauBrowser.get("/evaluations?year=" + year + "&unitCode=" + unitA).body();
        assertTrue(list.contains("href=\"/api/year-end-pack.zip?year=" + year + "&amp;unitCode=" + unitA + "\""), list);
    }

    @Test
    void disclosure_approvedResultsOnly_withoutAnyUsernameOr姓名() throws IOException {
        int year = YEAR + 1;
        long approved = project(year, unitA, "D1", "公开项目");
        long drafted = project(year, unitA, "D2", "草稿项目");
        evaluate(approved, true);
        evaluate(drafted, false);
        String title = year + "年度项目支出绩效自评结果公开表";

        byte[] xlsx = finance.getBytes("/api/self-evaluations/disclosure.xlsx?year=" + year + "&unitCode=" + unitA);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = open(xlsx)) {
            DataFormatter f = new DataFormatter();
            for (Sheet sh : book) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        texts.add(f.formatCellValue(c));
                    }
                }
            }
            Sheet sh = book.getSheetAt(0);
            assertEquals(title, SelfEvaluationApiTest.text(sh, 0, 0));
            int r = SelfEvaluationApiTest.rowOf(sh, "公开项目");
            assertEquals(List.of("1", unitAName, "公开项目", "30000.00", "30000.00", "100.00%", "100.00", "优"),
                    List.of(SelfEvaluationApiTest.text(sh, r, 0), SelfEvaluationApiTest.text(sh, r, 1),
                            SelfEvaluationApiTest.text(sh, r, 2), SelfEvaluationApiTest.text(sh, r, 3),
                            SelfEvaluationApiTest.text(sh, r, 4), SelfEvaluationApiTest.text(sh, r, 5),
                            SelfEvaluationApiTest.text(sh, r, 6), SelfEvaluationApiTest.text(sh, r, 7)));
        }
        String all = String.join("\n", texts);
        assertFalse(all.contains("草稿项目"), "a draft is no published result");
        String page = bureauBrowser.get("/evaluations/disclosure?year=" + year + "&unitCode=" + unitA).body();
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertTrue(main.contains(title) && main.contains("公开项目") && !main.contains("草稿项目"), main);
        for (String person : people) {
            assertFalse(all.contains(person), person + " in the disclosure workbook");
            assertFalse(main.contains(person), person + " on the disclosure page");
        }
        assertFalse(all.contains("核对无误") || main.contains("核对无误"), "the approval's comment is not published");
        assertFalse(all.contains("已审核通过"), "no workflow states");
    }

    // ---- fixtures

    private String unitName(String code) {
        for (JsonNode u : Json.parse(world.admin().get("/api/units").body())) {
            if (u.get("code").asText().equals(code)) {
                return u.get("name").asText();
            }
        }
        throw new AssertionError("no unit " + code);
    }

    private long project(int year, String unit, String code, String name) {
        Map<String, Object> p = Projects.leting(unit, code + World.next(), name);
        p.put("year", year);
        return Projects.create(unit.equals(unitA) ? bureau : finance, p);
    }

    /** Saves a sheet where everything was met (100 points, 优); approved through the workflow when asked. */
    private void evaluate(long id, boolean approve) {
        String path = "/api/projects/" + id + "/self-evaluation";
        JsonNode current = Json.parse(finance.get(path).body());
        List<String> actuals = List.of("6", "", "", "", "96");
        List<String> grades = List.of("", "ACHIEVED", "ACHIEVED", "ACHIEVED", "");
        List<String> scores = List.of("", "16.67", "16.66", "30", "");
        List<Map<String, Object>> entries = new ArrayList<>();
        JsonNode rows = current.get("indicators");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("indicatorId", rows.get(i).get("indicatorId").asLong());
            e.put("actual", actuals.get(i).isEmpty() ? null : actuals.get(i));
            e.put("grade", grades.get(i).isEmpty() ? null : grades.get(i));
            e.put("score", scores.get(i).isEmpty() ? null : scores.get(i));
            entries.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", null);
        m.put("moneyUnit", "万元");
        m.put("fiscalInitial", "3");
        m.put("fiscalFullYear", "3");
        m.put("fiscalExecuted", "3");
        for (String source : List.of("carryover", "other")) {
            m.put(source + "Initial", "0");
            m.put(source + "FullYear", "0");
            m.put(source + "Executed", "0");
        }
        m.put("indicators", entries);
        Http.Response saved = bureau.putJson(path, Json.write(m));
        assertEquals(200, saved.status(), saved.body());
        if (approve) {
            Http.Response submitted = bureau.postJson(path + "/submit", "{}");
            assertEquals(200, submitted.status(), submitted.body());
            Http.Response ok = approver.postJson(path + "/approve",
                    Json.write(Map.of("comment", "经办人" + people.get(1) + "核对无误，" + people.get(5) + "同意")));
            assertEquals(200, ok.status(), ok.body());
            String record = finance.get(path).body();
            assertTrue(record.contains("经办人"), record);
        }
    }

    private static String pack(int year, String unit) {
        return "/api/year-end-pack.zip?year=" + year + "&unitCode=" + unit;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                assertNotNull(entries.put(e.getName(), out.toByteArray()) == null ? "" : null, "entry twice: " + e.getName());
            }
        }
        return entries;
    }

    /** Bit 11 of the first local header's flags: the names are UTF-8 (unzip tools then read them right). */
    private static void assertUtf8Flag(byte[] zip) {
        assertEquals(0x04034b50, (zip[0] & 0xff) | (zip[1] & 0xff) << 8 | (zip[2] & 0xff) << 16 | (zip[3] & 0xff) << 24);
        int flags = (zip[6] & 0xff) | (zip[7] & 0xff) << 8;
        assertTrue((flags & 0x800) != 0, "language encoding flag");
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The pack's 自评表 is the one the single download gives, cell for cell. */
    private void assertWorkbookEqualsTheApi(byte[] packed, String path) throws IOException {
        try (XSSFWorkbook a = open(packed); XSSFWorkbook b = open(finance.getBytes(path))) {
            assertEquals(cells(b), cells(a), path);
        }
    }

    private static List<String> cells(XSSFWorkbook book) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Sheet sh : book) {
            for (Row r : sh) {
                for (Cell c : r) {
                    out.add(sh.getSheetName() + "!" + c.getAddress() + "=" + f.formatCellValue(c));
                }
            }
        }
        return out;
    }

    private static String money(JsonNode amount) {
        return amount.isNull() ? "" : SelfEvaluationApiTest.two(amount);
    }

    /** One row per project of the JSON with its numbers, the total row their sums, and the grade counts. */
    private static void assertSummaryWorkbook(byte[] xlsx, JsonNode summary) throws IOException {
        try (XSSFWorkbook book = open(xlsx)) {
            Sheet table = book.getSheetAt(0);
            BigDecimal budget = BigDecimal.ZERO;
            BigDecimal executed = null;
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (int i = 0; i < summary.size(); i++) {
                JsonNode row = summary.get(i);
                int r = i + 2;
                assertEquals(row.get("projectName").asText(), SelfEvaluationApiTest.text(table, r, 4));
                assertEquals(money(row.get("budgetYuan")), SelfEvaluationApiTest.text(table, r, 5));
                assertEquals(money(row.get("executedYuan")), SelfEvaluationApiTest.text(table, r, 6));
                assertEquals(row.get("total").isNull() ? "未评" : SelfEvaluationApiTest.two(row.get("total")),
                        SelfEvaluationApiTest.text(table, r, 8));
                budget = budget.add(row.get("budgetYuan").decimalValue());
                if (!row.get("executedYuan").isNull()) {
                    executed = row.get("executedYuan").decimalValue().add(executed == null ? BigDecimal.ZERO : executed);
                }
                grades.merge(row.get("grade").isNull() ? "未计分" : row.get("grade").asText(), 1, Integer::sum);
            }
            int total = summary.size() + 2;
            assertEquals("合计（" + summary.size() + "个项目）", SelfEvaluationApiTest.text(table, total, 0));
            assertEquals(budget.setScale(2).toPlainString(), SelfEvaluationApiTest.text(table, total, 5));
            assertEquals(executed == null ? "" : executed.setScale(2).toPlainString(), SelfEvaluationApiTest.text(table, total, 6),
                    "blank when no project gave an executed amount");
            assertEquals(total + 1, table.getPhysicalNumberOfRows());
            Sheet distribution = book.getSheet("等级分布");
            for (int r = 1; r <= 5; r++) {
                String grade = SelfEvaluationApiTest.text(distribution, r, 0);
                assertEquals(String.valueOf(grades.getOrDefault(grade, 0)), SelfEvaluationApiTest.text(distribution, r, 1), grade);
            }
            assertEquals(String.valueOf(summary.size()), SelfEvaluationApiTest.text(distribution, 6, 1));
        }
    }

    private static String paragraphs(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }
}
