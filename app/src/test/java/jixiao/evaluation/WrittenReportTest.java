package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.evaluation.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The written 项目支出绩效自评报告 over HTTP: sections drafted from the 自评表 and the period reports' causes,
 * a rewritten section kept through re-reads and re-exports, stale versions refused, the .docx read back with
 * POI (heading styles, the indicator and money tables equal to the 自评表 JSON), frozen at approval so a later
 * change in the reports leaves it as approved, the edit page's form round trip, and another unit's 404.
 */
@MicronautTest(transactional = false)
class WrittenReportTest {

    private static final int YEAR = 2113;
    private static final List<String> KEYS = List.of("basic", "goals", "budget", "deviation", "result", "use");
    private static final List<String> TITLES = List.of("一、项目基本情况", "二、绩效目标及完成情况", "三、预算执行情况",
            "四、偏离绩效目标的原因和改进措施", "五、绩效自评结果", "六、结果应用");

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    ReportingPeriods periods;
    @Inject
    TransactionOperations<Connection> tx;

    World world;
    String unit;
    String clerk;
    Http bureau;
    Http finance;
    YearEndReportRows reports;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("乐亭县司法局本级");
        clerk = world.user("BUREAU", List.of(unit));
        bureau = world.script(clerk);
        finance = world.script(world.user("FINANCE", List.of()));
        reports = new YearEndReportRows(db, tx, periods);
    }

    /** 乐亭's 唐财政法[2023]2号 project (5.00 万元), in a year of this test's own. */
    private long project() {
        Map<String, Object> p = Projects.leting(unit, "13022524P000R" + World.next(), "提前下达基层公检法司转移支付配套资金" + World.next());
        p.put("year", YEAR);
        p.put("budget", "5.00");
        p.put("fiscalFunds", "5.00");
        p.put("otherFunds", "");
        p.put("goal", "1.加强人民调解，加大普法面积，维护社会和谐稳定");
        p.put("indicators", List.of(
                Projects.indicator("产出指标", "数量指标", "普法宣传场次", "≥55场"),
                Projects.indicator("产出指标", "时效指标", "及时完成", "及时完成"),
                Projects.indicator("产出指标", "成本指标", "控制在预算内", "控制在预算内"),
                Projects.indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升"),
                Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%")));
        return Projects.create(bureau, p);
    }

    /** 6月底 approved with a cause and a corrective action for 场次; 12月底 submitted: 45000 spent, 44 场. */
    private long reported(long id) {
        long sessions = YearEndReportRows.indicatorId(bureau, id, "普法宣传场次");
        long june = reports.report(id, reports.period(YEAR, 6), "APPROVED", "20000", null);
        reports.progress(june, sessions, "30", null);
        tx.executeWrite(s -> db.update(INDICATOR_PROGRESS)
                .set(INDICATOR_PROGRESS.DEVIATION_CAUSES, "FUNDING,OTHER")
                .set(INDICATOR_PROGRESS.DEVIATION_NOTE, "汛期村居活动暂停")
                .set(INDICATOR_PROGRESS.CORRECTIVE_ACTION, "下半年增加进村宣讲场次")
                .where(INDICATOR_PROGRESS.REPORT_ID.eq(june)).execute());
        long december = reports.report(id, reports.period(YEAR, 12), "SUBMITTED", "45000", null);
        reports.progress(december, sessions, "44", null);
        reports.progress(december, YearEndReportRows.indicatorId(bureau, id, "及时完成"), null, "ACHIEVED");
        return june;
    }

    /** The evaluator's entries, saved: 场次 short with its reason, 社会稳定 partly achieved. */
    private void evaluated(long id) {
        String path = "/api/projects/" + id + "/self-evaluation";
        JsonNode rows = Json.parse(bureau.get(path).body()).get("indicators");
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(rows.get(0), "44", null, null, "部分活动因天气取消，下年度提前安排"));
        entries.add(entry(rows.get(1), null, "ACHIEVED", "16.67", null));
        entries.add(entry(rows.get(2), null, "ACHIEVED", "16.66", null));
        entries.add(entry(rows.get(3), null, "PARTIAL", "21", "调解宣传覆盖面不足，明年增加村级宣讲"));
        entries.add(entry(rows.get(4), "96", null, null, null));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("fiscalInitial", "50000");
        input.put("fiscalFullYear", "50000");
        input.put("fiscalExecuted", "45000");
        input.put("achievement", "全年开展普法宣传44场，调解纠纷按时办结");
        input.put("indicators", entries);
        Http.Response saved = bureau.putJson(path, Json.write(input));
        assertEquals(200, saved.status(), saved.body());
    }

    @Test
    void drafted_edited_exported_thenFrozenAtApproval() throws IOException {
        long id = project();
        long june = reported(id);
        evaluated(id);
        String path = "/api/projects/" + id + "/self-evaluation/report";

        JsonNode drafted = Json.parse(bureau.get(path).body());
        assertEquals(0, drafted.get("version").asLong(), "nothing stored yet");
        assertEquals(KEYS, texts(drafted.get("sections"), "key"));
        assertEquals(TITLES, texts(drafted.get("sections"), "title"));
        StreamSupport.stream(drafted.get("sections").spliterator(), false)
                .forEach(s -> assertFalse(s.get("edited").asBoolean(), s.toString()));
        String deviation = section(drafted, "deviation");
        assertTrue(deviation.contains("普法宣传场次：年度指标值≥55场，实际完成44场"), deviation);
        assertTrue(deviation.contains("部分活动因天气取消，下年度提前安排"), "the self-evaluation's reason: " + deviation);
        assertTrue(deviation.contains("经费保障、其他：汛期村居活动暂停"), "the period report's causes: " + deviation);
        assertTrue(deviation.contains("下半年增加进村宣讲场次"), "the period report's corrective action: " + deviation);
        assertTrue(section(drafted, "budget").contains("全年执行数4.50万元，预算执行率90.00%，得分9.00分（分值10.00分）"),
                section(drafted, "budget"));
        assertTrue(section(drafted, "result").contains("项目总得分86.67分，评价等级为“良”"), section(drafted, "result"));

        // A rewritten section is kept; a stale version is refused with the current report.
        Map<String, Object> edit = Map.of("version", 0, "sections", List.of(Map.of("key", "use", "text", "自评结果用于调整下年度普法经费。")));
        Http.Response saved = bureau.putJson(path, Json.write(edit));
        assertEquals(200, saved.status(), saved.body());
        JsonNode afterEdit = Json.parse(saved.body());
        assertEquals(1, afterEdit.get("version").asLong());
        assertEquals("自评结果用于调整下年度普法经费。", section(afterEdit, "use"));
        assertTrue(afterEdit.get("sections").get(5).get("edited").asBoolean());
        Http.Response stale = bureau.putJson(path, Json.write(edit));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(1, Json.parse(stale.body()).get("current").get("version").asLong());
        Http.Response unknown = bureau.putJson(path, Json.write(Map.of("version", 1, "sections", List.of(Map.of("key", "preface", "text", "x")))));
        assertEquals(400, unknown.status());
        assertEquals("sections[0].key", Json.parse(unknown.body()).get("problems").get(0).get("field").asText());
        assertEquals("自评结果用于调整下年度普法经费。", section(Json.parse(bureau.get(path).body()), "use"), "re-read");

        JsonNode sheet = Json.parse(bureau.get("/api/projects/" + id + "/self-evaluation").body());
        try (XWPFDocument doc = docx(bureau, path)) {
            assertDocument(doc, sheet, "自评结果用于调整下年度普法经费。", "下半年增加进村宣讲场次");
        }

        // Submitted: read-only to the bureau as the 自评表 is, still open to finance.
        Http.Response submitted = bureau.postJson("/api/projects/" + id + "/self-evaluation/submit", "{}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals(403, bureau.putJson(path, Json.write(Map.of("version", 1, "sections", List.of()))).status());
        assertFalse(Json.parse(bureau.get(path).body()).get("editable").asBoolean());
        assertTrue(Json.parse(finance.get(path).body()).get("editable").asBoolean());
        try (XWPFDocument doc = docx(finance, path)) {
            assertDocument(doc, sheet, "自评结果用于调整下年度普法经费。", "下半年增加进村宣讲场次");
        }

        // Approved: frozen as it stood; a later change in the period report does not reach it.
        Http.Response approved = finance.postJson("/api/projects/" + id + "/self-evaluation/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        JsonNode frozen = Json.parse(bureau.get(path).body());
        assertTrue(frozen.get("frozen").asBoolean());
        assertFalse(frozen.get("editable").asBoolean());
        tx.executeWrite(s -> db.update(INDICATOR_PROGRESS)
                .set(INDICATOR_PROGRESS.CORRECTIVE_ACTION, "改为明年统一安排")
                .where(INDICATOR_PROGRESS.REPORT_ID.eq(june)).execute());
        JsonNode later = Json.parse(bureau.get(path).body());
        assertEquals(texts(frozen.get("sections"), "text"), texts(later.get("sections"), "text"));
        assertEquals(deviation, section(later, "deviation"), "the approved report keeps the causes it was approved with");
        assertEquals("自评结果用于调整下年度普法经费。", section(later, "use"));
        Http.Response refused = bureau.putJson(path, Json.write(Map.of("version", later.get("version").asLong(),
                "sections", List.of(Map.of("key", "use", "text", "改写")))));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(Json.parse(refused.body()).get("message").asText().contains("审核通过"), refused.body());

        JsonNode approvedSheet = Json.parse(bureau.get("/api/projects/" + id + "/self-evaluation").body());
        try (XWPFDocument doc = docx(bureau, path)) {
            assertDocument(doc, approvedSheet, "自评结果用于调整下年度普法经费。", "下半年增加进村宣讲场次");
            assertFalse(allText(doc).contains("改为明年统一安排"));
        }

        long reportId = reportId(id);
        List<String> actions = StreamSupport.stream(Json.parse(finance.get("/api/audit?entityType=SELF_EVALUATION_REPORT&entityId="
                + reportId).body()).spliterator(), false).map(e -> e.get("action").asText()).toList();
        assertEquals(List.of("FREEZE", "CREATE"), actions);
    }

    @Test
    void editPageRoundTrip_staleFormKeepsTheTyping_anotherUnitGets404() {
        long id = project();
        reported(id);
        Http browser = world.browser(clerk);
        assertTrue(browser.get("/projects/" + id + "/evaluation").body().contains("/projects/" + id + "/evaluation/report"),
                "the 自评表 page links to the report");
        String page = browser.get("/projects/" + id + "/evaluation/report").body();
        assertTrue(page.contains("name=\"section_basic\""), page);
        assertTrue(page.contains("/api/projects/" + id + "/self-evaluation/report.docx"), "the download link");

        JsonNode before = Json.parse(bureau.get("/api/projects/" + id + "/self-evaluation/report").body());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", "0");
        for (JsonNode s : before.get("sections")) {
            fields.put("section_" + s.get("key").asText(), s.get("text").asText().replace("\n", "\r\n"));
        }
        fields.put("section_basic", "本项目依据唐财政法[2023]2号设立。\r\n资金由县财政安排。");
        Http.Response posted = browser.postForm("/projects/" + id + "/evaluation/report", fields);
        assertEquals(303, posted.status(), posted.body());

        JsonNode after = Json.parse(bureau.get("/api/projects/" + id + "/self-evaluation/report").body());
        assertEquals(1, after.get("version").asLong());
        assertEquals("本项目依据唐财政法[2023]2号设立。\n资金由县财政安排。", section(after, "basic"));
        assertTrue(after.get("sections").get(0).get("edited").asBoolean());
        for (int i = 1; i < KEYS.size(); i++) {
            assertFalse(after.get("sections").get(i).get("edited").asBoolean(), "a drafted section posted unchanged stays drafted: " + KEYS.get(i));
        }
        assertTrue(browser.get("/projects/" + id + "/evaluation/report").body().contains("资金由县财政安排。"));

        fields.put("section_basic", "晚到的修改");
        Http.Response stale = browser.postForm("/projects/" + id + "/evaluation/report", fields);
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("晚到的修改"), "what was typed stays on the page");
        assertTrue(stale.body().contains("已被他人修改"), stale.body());

        Http stranger = world.script(world.user("BUREAU", List.of(world.unit("别的单位"))));
        String path = "/api/projects/" + id + "/self-evaluation/report";
        assertEquals(404, stranger.get(path).status());
        assertEquals(404, stranger.get(path + ".docx").status());
        assertEquals(404, stranger.putJson(path, Json.write(Map.of("version", 1, "sections", List.of()))).status());
        assertEquals(404, world.browser(world.user("BUREAU", List.of(world.unit("别的单位"))))
                .get("/projects/" + id + "/evaluation/report").status());
        assertEquals(200, finance.get(path).status(), "finance sees every unit's report");
    }

    /** The .docx's structure and numbers against the 自评表 JSON. */
    private static void assertDocument(XWPFDocument doc, JsonNode sheet, String... texts) {
        assertEquals("11906", doc.getDocument().getBody().getSectPr().getPgSz().xgetW().getStringValue(), "A4");
        assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
        assertEquals("0", doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().toString());
        assertEquals("黑体", doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(TITLES, headings);
        assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyleID()) && p.getText().equals("（一）立项依据")));
        assertTrue(doc.getParagraphs().get(0).getText().contains(YEAR + "年度项目支出绩效自评报告"));
        assertTrue(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText().contains("PAGE"), "page numbers");
        String all = allText(doc);
        for (String t : texts) {
            assertTrue(all.contains(t), t);
        }

        XWPFTable indicators = doc.getTables().get(0);
        JsonNode rows = sheet.get("indicators");
        assertEquals(rows.size() + 3, indicators.getNumberOfRows(), "header, one row per indicator, total, grade");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            var cells = indicators.getRow(i + 1);
            assertEquals(row.get("name").asText(), cells.getCell(2).getText());
            assertEquals(row.get("target").asText(), cells.getCell(3).getText());
            assertEquals(two(row.get("weight")), cells.getCell(5).getText());
            assertEquals(two(row.get("score")), cells.getCell(6).getText());
        }
        assertEquals("44场", indicators.getRow(1).getCell(4).getText());
        assertEquals(two(sheet.get("total")), indicators.getRow(rows.size() + 1).getCell(6).getText());
        assertEquals(sheet.get("grade").asText(), indicators.getRow(rows.size() + 2).getCell(6).getText());

        XWPFTable money = doc.getTables().get(1);
        JsonNode total = sheet.get("money").get(0);
        assertEquals(wan(total.get("initialYuan")), money.getRow(1).getCell(1).getText());
        assertEquals(wan(total.get("fullYearYuan")), money.getRow(1).getCell(2).getText());
        assertEquals(wan(total.get("executedYuan")), money.getRow(1).getCell(3).getText());
        assertEquals(two(sheet.get("executionRate")) + "%", money.getRow(1).getCell(5).getText());
        assertEquals(two(sheet.get("executionScore")), money.getRow(1).getCell(6).getText());
        assertEquals(wan(sheet.get("money").get(1).get("executedYuan")), money.getRow(2).getCell(3).getText());
        assertEquals("4.50", money.getRow(1).getCell(3).getText());
    }

    private static XWPFDocument docx(Http http, String path) throws IOException {
        Http.Download download = http.download(path + ".docx");
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        return new XWPFDocument(new ByteArrayInputStream(download.body()));
    }

    private static String allText(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        return b.toString();
    }

    private long reportId(long projectId) {
        return tx.executeRead(s -> db.select(jixiao.db.Tables.SELF_EVALUATION_REPORT.ID).from(jixiao.db.Tables.SELF_EVALUATION_REPORT)
                .where(jixiao.db.Tables.SELF_EVALUATION_REPORT.PROJECT_ID.eq(projectId))
                .fetchOne(jixiao.db.Tables.SELF_EVALUATION_REPORT.ID));
    }

    private static String section(JsonNode report, String key) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("key").asText().equals(key)) {
                return s.get("text").asText();
            }
        }
        throw new AssertionError("no section " + key);
    }


    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private static String two(JsonNode n) {
        return new BigDecimal(n.asText()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 元 → 万元 as the 自评表 of a table published in 万元 shows it. */
    private static String wan(JsonNode yuan) {
        return new BigDecimal(yuan.asText()).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
