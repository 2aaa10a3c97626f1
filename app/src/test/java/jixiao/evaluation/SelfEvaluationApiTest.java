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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year-end flow over HTTP: a project from 乐亭's published table (提前下达基层公检法司转移支付配套资金
 * 唐财政法[2023]2号: 5.00 万元, ≥55场, 及时完成, 控制在预算内, 明显提升, ≥95%), its 6月底 and 12月底 reports,
 * the pre-filled 自评表, entries, the refused and the accepted submission, return, approval, and the page,
 * the JSON and the xlsx showing the same numbers.
 */
@MicronautTest(transactional = false)
class SelfEvaluationApiTest {

    private static final String PROJECT_NAME = "提前下达基层公检法司转移支付配套资金唐财政法[2023]2号";

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

    /** The published table's 2号 project, through the project API. */
    private long letingProject() {
        Map<String, Object> p = Projects.leting(unit, "13022524P000R24" + World.next(), PROJECT_NAME + World.next());
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

    /*
     * Reports: 6月底 APPROVED (spent 20000; 场次 30; 满意度 96%), a 10月底 DRAFT (spent 40000; 场次 40: a draft
     * of an earlier period does not count), 12月底 SUBMITTED (spent 45000; 场次 44; 及时完成 达成).
     * Pre-filled: 全年预算数 50000 (no adjustment), 全年执行数 45000 → 90% → 9.00;
     * 产出 50 over three rows → 16.67, 16.67, 16.66; 效益 30; 满意度 10.
     * 场次 44 from 12月底: 44 ÷ 55 × 16.67 = 13.336 → 13.34; 满意度 96 from 6月底 ≥ 95 → 10.
     */
    private long reportedThroughDecember(long projectId) {
        long june = reports.period(2024, 6);
        long october = reports.period(2024, 10);
        long december = reports.period(2024, 12);
        long sessions = YearEndReportRows.indicatorId(bureau, projectId, "普法宣传场次");
        long timely = YearEndReportRows.indicatorId(bureau, projectId, "及时完成");
        long satisfaction = YearEndReportRows.indicatorId(bureau, projectId, "服务对象满意度");
        long r6 = reports.report(projectId, june, "APPROVED", "20000", null);
        reports.progress(r6, sessions, "30", null);
        reports.progress(r6, satisfaction, "96", null);
        long r10 = reports.report(projectId, october, "DRAFT", "40000", null);
        reports.progress(r10, sessions, "40", null);
        long r12 = reports.report(projectId, december, "SUBMITTED", "45000", null);
        reports.progress(r12, sessions, "44", null);
        reports.progress(r12, timely, null, "ACHIEVED");
        return december;
    }

    @Test
    void importedProject_reportedThroughDecember_evaluated_returned_approved_exportedWithTheSameNumbers() throws IOException {
        long id = letingProject();
        String path = "/api/projects/" + id + "/self-evaluation";

        // Nothing reported yet: 全年执行数 is unknown and says so.
        JsonNode empty = Json.parse(bureau.get(path).body());
        assertEquals("NOT_STARTED", empty.get("status").asText());
        assertTrue(empty.get("id").isNull());
        assertEquals("50000.00", two(empty.get("budgetYuan")));
        assertTrue(empty.get("executedYuan").isNull());
        assertEquals("executedYuan", empty.get("problems").get(0).get("field").asText());

        long december = reportedThroughDecember(id);
        String decemberSource = reports.label(december) + "报告（已提交）";

        JsonNode prefilled = Json.parse(bureau.get(path).body());
        assertEquals("45000.00", two(prefilled.get("executedYuan")));
        assertEquals("90.00", two(prefilled.get("executionRate")));
        assertEquals("9.00", two(prefilled.get("executionScore")));
        JsonNode money = prefilled.get("money");
        assertEquals(List.of("TOTAL", "FISCAL", "CARRYOVER", "OTHER"), texts(money, "source"));
        assertEquals("45000.00", two(money.get(1).get("executedYuan")), "the spend goes to 财政拨款");
        assertEquals("0.00", two(money.get(2).get("executedYuan")));
        JsonNode rows = prefilled.get("indicators");
        assertEquals(List.of("16.67", "16.67", "16.66", "30.00", "10.00"), texts(rows, "weight"));
        assertEquals("44", rows.get(0).get("actual").asText());
        assertEquals(decemberSource, rows.get(0).get("prefilledFrom").asText());
        assertEquals("13.34", two(rows.get(0).get("score")));
        assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 16.67 = 13.34", rows.get(0).get("explanation").asText());
        assertEquals("ACHIEVED", rows.get(1).get("grade").asText(), "the 12月底 grade is suggested");
        assertTrue(rows.get(1).get("evaluatorScore").isNull(), "the score is the evaluator's to give");
        assertEquals("96", rows.get(4).get("actual").asText(), "满意度 comes from the 6月底 report");
        assertEquals("10.00", two(rows.get(4).get("score")));
        assertTrue(prefilled.get("prefillNotes").get(1).asText().contains(decemberSource), prefilled.get("prefillNotes").toString());

        // The evaluator confirms, grades the qualitative rows, but forgets the reason for 场次.
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode row : rows) {
            entries.add(entry(row.get("indicatorId").asLong(), null, null, null, null));
        }
        entries.set(0, entry(rows.get(0).get("indicatorId").asLong(), "44场", null, null, null));
        entries.set(1, entry(rows.get(1).get("indicatorId").asLong(), null, "达成", "16.67", null));
        entries.set(2, entry(rows.get(2).get("indicatorId").asLong(), null, "ACHIEVED", "16.66", null));
        entries.set(3, entry(rows.get(3).get("indicatorId").asLong(), null, "PARTIAL", "21", "调解宣传覆盖面不足，明年增加村级宣讲"));
        entries.set(4, entry(rows.get(4).get("indicatorId").asLong(), "96", null, null, null));
        Map<String, Object> input = input(null, "50000", "50000", "45000", entries);
        Http.Response saved = bureau.putJson(path, Json.write(input));
        assertEquals(200, saved.status(), saved.body());
        JsonNode draft = Json.parse(saved.body());
        assertEquals("DRAFT", draft.get("status").asText());
        long version = draft.get("version").asLong();

        // Not submittable: the message names the indicator without its 偏差原因.
        Http.Response refused = bureau.postJson(path + "/submit", "{}");
        assertEquals(400, refused.status(), refused.body());
        JsonNode problems = Json.parse(refused.body()).get("problems");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("indicators[0].deviationReason", problems.get(0).get("field").asText());
        assertEquals("第1项指标“普法宣传场次”未得满分，须填写偏差原因分析及改进措施", problems.get(0).get("message").asText());

        // A save from a stale version is refused.
        Map<String, Object> stale = input(version - 1, "50000", "50000", "45000", entries);
        assertEquals(409, bureau.putJson(path, Json.write(stale)).status());
        assertEquals(409, bureau.putJson(path, Json.write(input(null, "50000", "50000", "45000", entries))).status(),
                "a sheet saved meanwhile is not overwritten from the unsaved one");

        entries.set(0, entry(rows.get(0).get("indicatorId").asLong(), "44", null, null, "部分活动因天气取消，下年度提前安排"));
        JsonNode complete = Json.parse(bureau.putJson(path, Json.write(input(version, "50000", "50000", "45000", entries))).body());
        assertEquals(List.of(), texts(complete.get("problems"), "message"));
        Http.Response submitted = bureau.postJson(path + "/submit", Json.write(Map.of("version", complete.get("version").asLong())));
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", Json.parse(submitted.body()).get("status").asText());

        // Submitted: read-only to the bureau, reviewed only by finance.
        Http.Response locked = bureau.putJson(path, Json.write(input(complete.get("version").asLong(), "50000", "50000", "45000", entries)));
        assertEquals(403, locked.status());
        assertTrue(Json.parse(locked.body()).get("message").asText().contains("已提交"), locked.body());
        assertEquals(403, bureau.postJson(path + "/approve", "{}").status());
        Http.Response noReason = finance.postJson(path + "/return", "{}");
        assertEquals(400, noReason.status());
        assertEquals("comment", Json.parse(noReason.body()).get("problems").get(0).get("field").asText());
        JsonNode returned = Json.parse(finance.postJson(path + "/return", Json.write(Map.of("comment", "请补充实际完成情况"))).body());
        assertEquals("RETURNED", returned.get("status").asText());
        assertEquals("请补充实际完成情况", returned.get("comment").asText());

        // Corrected and submitted again, then approved.
        input = input(returned.get("version").asLong(), "50000", "50000", "45000", entries);
        input.put("achievement", "全年开展普法宣传44场，调解纠纷按时办结");
        JsonNode corrected = Json.parse(bureau.putJson(path, Json.write(input)).body());
        assertEquals("RETURNED", corrected.get("status").asText());
        assertEquals(200, bureau.postJson(path + "/submit", "{}").status());
        JsonNode approved = Json.parse(finance.postJson(path + "/approve", "{}").body());
        assertEquals("APPROVED", approved.get("status").asText());
        assertFalse(approved.get("editable").asBoolean());
        assertEquals(403, finance.putJson(path, Json.write(input(approved.get("version").asLong(), "50000", "50000", "45000", entries))).status());

        // 9.00 + 13.336 + 16.67 + 16.66 + 21 + 10 = 86.666 → 86.67 → 良
        JsonNode sheet = Json.parse(bureau.get(path).body());
        assertEquals("86.67", two(sheet.get("total")));
        assertEquals("良", sheet.get("grade").asText());
        assertEquals("77.67", two(sheet.get("indicatorTotal")));
        assertEquals(List.of("13.34", "16.67", "16.66", "21.00", "10.00"), texts(sheet.get("indicators"), "score"));
        assertTrue(sheet.get("indicators").get(0).get("prefilledFrom").isNull());

        // Every step is in the trail.
        List<String> actions = StreamSupport.stream(Json.parse(finance.get("/api/audit?entityType=SELF_EVALUATION&entityId="
                + sheet.get("id").asLong()).body()).spliterator(), false).map(e -> e.get("action").asText()).toList();
        assertEquals(List.of("APPROVE", "SUBMIT", "UPDATE", "RETURN", "SUBMIT", "UPDATE", "CREATE"), actions);

        // The page shows the engine's numbers; the workbook the same.
        Map<String, String> page = cells(world.browser(clerk).get("/projects/" + id + "/evaluation").body());
        assertEquals("5.00", page.get("money-0-fullYear"));
        assertEquals("4.50", page.get("money-0-executed"));
        assertEquals("10.00", page.get("money-0-weight"));
        assertEquals("90.00%", page.get("money-0-rate"));
        assertEquals(two(sheet.get("executionScore")), page.get("money-0-score"));
        for (int i = 0; i < 5; i++) {
            assertEquals(two(sheet.get("indicators").get(i).get("weight")), page.get("indicator-" + i + "-weight"));
            assertEquals(two(sheet.get("indicators").get(i).get("score")), page.get("indicator-" + i + "-score"));
        }
        assertEquals("44场", page.get("indicator-0-actual"));
        assertEquals("86.67", page.get("total"));
        assertEquals("良", page.get("grade"));

        byte[] xlsx = bureau.getBytes(path + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet form = book.getSheetAt(0);
            assertEquals("项目支出绩效自评表", text(form, 0, 0));
            assertEquals("（2024年度）", text(form, 1, 0));
            int moneyTotal = rowOf(form, "年度资金总额");
            assertEquals(page.get("money-0-initial"), text(form, moneyTotal, 2));
            assertEquals(page.get("money-0-fullYear"), text(form, moneyTotal, 3));
            assertEquals(page.get("money-0-executed"), text(form, moneyTotal, 4));
            assertEquals(page.get("money-0-weight"), text(form, moneyTotal, 5));
            assertEquals(page.get("money-0-rate"), text(form, moneyTotal, 6));
            assertEquals(page.get("money-0-score"), text(form, moneyTotal, 7));
            assertEquals("4.50", text(form, rowOf(form, "当年财政拨款"), 4));
            int first = rowOf(form, "普法宣传场次");
            for (int i = 0; i < 5; i++) {
                assertEquals(page.get("indicator-" + i + "-actual"), text(form, first + i, 4));
                assertEquals(page.get("indicator-" + i + "-weight"), text(form, first + i, 5));
                assertEquals(page.get("indicator-" + i + "-score"), text(form, first + i, 6));
            }
            assertEquals("产出指标", text(form, first, 0));
            assertEquals("部分活动因天气取消，下年度提前安排", text(form, first, 7));
            int total = rowOf(form, "总分");
            assertEquals("100.00", text(form, total, 5));
            assertEquals(page.get("total"), text(form, total, 6));
            assertEquals(page.get("grade"), text(form, total + 1, 5));
            assertEquals(0.8667, form.getRow(total).getCell(6).getNumericCellValue() / 100, 1e-9);
            Sheet explained = book.getSheetAt(1);
            assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 16.67 = 13.34", text(explained, 2, 3));
        }

        // The summary of the unit: one row per project, the same figures.
        JsonNode summary = Json.parse(finance.get("/api/self-evaluations/summary?year=2024&unitCode=" + unit).body());
        assertEquals(1, summary.size());
        assertEquals("86.67", two(summary.get(0).get("total")));
        assertEquals("良", summary.get(0).get("grade").asText());
        assertEquals("APPROVED", summary.get(0).get("status").asText());
        assertEquals("45000.00", two(summary.get(0).get("executedYuan")));
        assertEquals(1, Json.parse(finance.get("/api/self-evaluations/summary?status=APPROVED&unitCode=" + unit).body()).size());
        assertEquals(0, Json.parse(finance.get("/api/self-evaluations/summary?status=DRAFT&unitCode=" + unit).body()).size());
        String department = summary.get(0).get("departmentName").asText();
        JsonNode ofDepartment = Json.parse(finance.get("/api/self-evaluations/summary?year=2024&department="
                + java.net.URLEncoder.encode(department, java.nio.charset.StandardCharsets.UTF_8)).body());
        assertTrue(StreamSupport.stream(ofDepartment.spliterator(), false).anyMatch(r -> r.get("projectId").asLong() == id));
        assertEquals(List.of(department), texts(ofDepartment, "departmentName").stream().distinct().toList());
        assertEquals(0, Json.parse(bureau.get("/api/self-evaluations/summary?year=2024&unitCode=" + world.unit("他人单位")).body()).size(),
                "a bureau's summary holds only its own units");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                finance.getBytes("/api/self-evaluations/summary.xlsx?year=2024&unitCode=" + unit)))) {
            Sheet table = book.getSheetAt(0);
            assertEquals(4, table.getPhysicalNumberOfRows(), "title, headings, the project, the total row");
            assertEquals("合计（1个项目）", text(table, 3, 0));
            assertEquals("50000.00", text(table, 3, 5));
            assertEquals("45000.00", text(table, 3, 6));
            assertEquals("90.00%", text(table, 3, 7));
            assertEquals("1", text(book.getSheet("等级分布"), 2, 1), "良");
            assertEquals(summary.get(0).get("projectName").asText(), text(table, 2, 4));
            assertEquals("50000.00", text(table, 2, 5));
            assertEquals("45000.00", text(table, 2, 6));
            assertEquals("90.00%", text(table, 2, 7));
            assertEquals("86.67", text(table, 2, 8));
            assertEquals("良", text(table, 2, 9));
            assertEquals("已审核通过", text(table, 2, 10));
        }
    }

    @Test
    void anotherUnitsProjectIsNotFound_andEntriesAreChecked() {
        long id = letingProject();
        String path = "/api/projects/" + id + "/self-evaluation";
        Http stranger = world.script(world.user("BUREAU", List.of(world.unit("别的单位"))));
        assertEquals(404, stranger.get(path).status());
        assertEquals(404, stranger.get(path + ".xlsx").status());
        assertEquals(404, stranger.putJson(path, "{}").status());

        JsonNode rows = Json.parse(bureau.get(path).body()).get("indicators");
        List<Map<String, Object>> entries = List.of(
                entry(rows.get(0).get("indicatorId").asLong(), "44人", null, null, null),
                entry(rows.get(1).get("indicatorId").asLong(), "5", "很好", "101", null),
                entry(rows.get(3).get("indicatorId").asLong(), null, "PARTIAL", "21", null),
                entry(999_999_999L, null, null, null, null));
        Map<String, Object> input = input(null, "5万", "50000", "-1", entries);
        Http.Response refused = bureau.putJson(path, Json.write(input));
        assertEquals(400, refused.status());
        JsonNode problems = Json.parse(refused.body()).get("problems");
        assertEquals(List.of("fiscalInitial", "fiscalExecuted", "indicators[0].actual", "indicators[1].actual",
                "indicators[1].grade", "indicators[1].score", "indicators[3].indicatorId"), texts(problems, "field"));
        assertEquals("当年财政拨款的年初预算数“5万”不是有效的数字", problems.get(0).get("message").asText());
        assertEquals("第1项指标“普法宣传场次”的实际完成值“44人”的单位与指标值的单位“场”不一致，请按指标值的单位填写数字",
                problems.get(2).get("message").asText());
        assertEquals("第2项指标“及时完成”的达成等级“很好”无效，应为达成、部分达成或未达成", problems.get(4).get("message").asText());
        assertEquals("NOT_STARTED", Json.parse(bureau.get(path).body()).get("status").asText(), "nothing was stored");

        // Amounts in 万元 as the table was published; indicators left out keep their pre-filled values.
        Map<String, Object> wan = input(null, "5", "5", "4.5", List.of());
        wan.put("moneyUnit", "万元");
        JsonNode saved = Json.parse(bureau.putJson(path, Json.write(wan)).body());
        assertEquals("DRAFT", saved.get("status").asText());
        assertEquals("45000.00", two(saved.get("executedYuan")));
        assertEquals("90.00", two(saved.get("executionRate")));
        assertTrue(saved.get("indicators").get(0).get("actual").isNull(), "no report, nothing entered");
    }

    /*
     * The project changes after the sheet was saved: a removed indicator takes its entries with it, an added one
     * is pre-filled from the reports like an unsaved sheet, the saved rows stay as entered.
     */
    @Test
    void projectEditedAfterSaving_removedRowGone_addedRowPreFilled() {
        long id = letingProject();
        String path = "/api/projects/" + id + "/self-evaluation";
        JsonNode rows = Json.parse(bureau.get(path).body()).get("indicators");
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(rows.get(0).get("indicatorId").asLong(), "58", null, null, null));
        entries.add(entry(rows.get(2).get("indicatorId").asLong(), null, "ACHIEVED", "16", null));
        assertEquals(200, bureau.putJson(path, Json.write(input(null, "50000", "50000", "50000", entries))).status());

        JsonNode project = Json.parse(bureau.get("/api/projects/" + id).body());
        Map<String, Object> edited = Projects.leting(unit, project.get("code").asText(), project.get("name").asText());
        edited.put("budget", "5.00");
        edited.put("fiscalFunds", "5.00");
        edited.put("version", project.get("version").asLong());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode i : project.get("indicators")) {
            if (!i.get("name").asText().equals("控制在预算内")) {
                Map<String, Object> line = Projects.indicator(i.get("level1").asText(), i.get("level2").asText(),
                        i.get("name").asText(), i.get("target").asText());
                line.put("id", i.get("id").asLong());
                indicators.add(line);
            }
        }
        indicators.add(1, Projects.indicator("产出指标", "质量指标", "宣传资料发放", "≥2000份"));
        edited.put("indicators", indicators);
        Http.Response changed = bureau.putJson("/api/projects/" + id, Json.write(edited));
        assertEquals(200, changed.status(), changed.body());

        long leaflets = YearEndReportRows.indicatorId(bureau, id, "宣传资料发放");
        long report = reports.report(id, reports.period(2024, 12), "SUBMITTED", "50000", null);
        reports.progress(report, leaflets, "1800", null);

        JsonNode sheet = Json.parse(bureau.get(path).body());
        assertEquals(List.of("普法宣传场次", "宣传资料发放", "及时完成", "维护社会稳定", "服务对象满意度"),
                texts(sheet.get("indicators"), "name"));
        JsonNode added = sheet.get("indicators").get(1);
        assertEquals(1800, added.get("actual").asInt());
        assertEquals(reports.label(reports.period(2024, 12)) + "报告（已提交）", added.get("prefilledFrom").asText());
        JsonNode kept = sheet.get("indicators").get(0);
        assertEquals(58, kept.get("actual").asInt());
        assertTrue(kept.get("prefilledFrom").isNull());
        // 产出 50 over 普法, 宣传资料, 及时完成 → 16.67, 16.67, 16.66; 1800 ÷ 2000 × 16.67 = 15.003 → 15.00
        assertEquals("15.00", two(added.get("score")));
    }

    private static Map<String, Object> entry(long indicatorId, String actual, String grade, String score, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("indicatorId", indicatorId);
        e.put("actual", actual);
        e.put("grade", grade);
        e.put("score", score);
        e.put("deviationReason", reason);
        return e;
    }

    private static Map<String, Object> input(Long version, String fiscalInitial, String fiscalFullYear, String fiscalExecuted,
                                             List<Map<String, Object>> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("fiscalInitial", fiscalInitial);
        m.put("fiscalFullYear", fiscalFullYear);
        m.put("fiscalExecuted", fiscalExecuted);
        m.put("carryoverInitial", "0");
        m.put("carryoverFullYear", "0");
        m.put("carryoverExecuted", "0");
        m.put("otherInitial", "0");
        m.put("otherFullYear", "0");
        m.put("otherExecuted", "0");
        m.put("indicators", entries);
        return m;
    }

    /** Texts, and numbers as two-decimal figures (failing on any number with more decimals). */
    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).isNumber() ? two(n.get(field)) : n.get(field).asText()).toList();
    }

    static String two(JsonNode number) {
        return number.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The page's cells that carry an id, by id. */
    static Map<String, String> cells(String html) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<td[^>]*\\bid=\"([^\"]+)\"[^>]*>([^<]*)</td>").matcher(html);
        while (m.find()) {
            cells.put(m.group(1), m.group(2).strip());
        }
        return cells;
    }

    /** A cell as Excel shows it (its number format applied). */
    static String text(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no cell '" + text + "' in " + sheet.getSheetName());
    }
}
