package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.SeedImports;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static jixiao.evaluation.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 部门整体支出绩效自评 over HTTP on 乐亭's tables (seed 000: the department target and its five projects):
 * the department sheet's 项目支出 is the sum of its projects' sheets and its total adds 基本支出; the key tasks take
 * their funds and completion; the sheet goes through the workflow; its .xlsx and .docx carry the same numbers; an
 * approved department sheet and report keep the projects as they were; and the year-end pack holds all of it.
 */
@MicronautTest(transactional = false)
class DepartmentSelfEvaluationTest {

    private static final int YEAR = 2131;
    private static final List<String> TASKS = List.of("普法宣传", "基层司法业务指导", "法律援助", "社区矫正",
            "其他司法业务工作", "法治建设工作");

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    Http bureau;
    Http finance;
    long department;
    List<Long> projects;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        // a department of its own: a department's sheet covers every unit of its department
        unit = world.unit("乐亭县司法局" + World.next());
        bureau = world.script(world.user("BUREAU", List.of(unit)));
        finance = world.script(world.user("FINANCE", List.of()));
        SeedImports.importText(bureau, SeedImports.leting(unit, SeedImports.codePrefix()), YEAR, unit);
        JsonNode list = Json.parse(bureau.get("/api/projects?year=" + YEAR + "&unitCode=" + unit).body());
        projects = new ArrayList<>();
        Long dept = null;
        for (JsonNode p : list) {
            if (p.get("kind").asText().equals("DEPARTMENT")) {
                dept = p.get("id").asLong();
            } else {
                projects.add(p.get("id").asLong());
            }
        }
        assertNotNull(dept, list.toString());
        department = dept;
        assertEquals(5, projects.size());
    }

    @Test
    void departmentMoneyIsItsProjects_keyTasksSaved_workflow_documentsAgree_approvedStaysAsApproved() throws IOException {
        // two projects evaluated (one under-spent), three left pre-filled: the department adds what their sheets show
        evaluateProject(projects.get(0), "30000", "30000", "28500");
        evaluateProject(projects.get(2), "220000", "200000", "150000");

        JsonNode sheet = get(department);
        assertEquals(List.of("TOTAL", "BASIC", "PROJECTS"), texts(sheet.get("money"), "source"));
        JsonNode part = sheet.get("department");
        assertEquals(TASKS, texts(part.get("keyTasks"), "name"));
        assertEquals(projects, longs(part.get("projects"), "projectId"));
        BigDecimal[] sum = projectsSum();
        JsonNode projectsRow = sheet.get("money").get(2);
        assertAmount(sum[0], projectsRow.get("initialYuan"));
        assertAmount(sum[1], projectsRow.get("fullYearYuan"));
        assertAmount(sum[2], projectsRow.get("executedYuan"));
        // 3.00 + 5.00 + 20.00 (adjusted) + 18.00 + 2.42 万元 budgeted; only two projects have a spend yet
        assertAmount(new BigDecimal("484200"), projectsRow.get("fullYearYuan"));
        assertAmount(new BigDecimal("178500"), projectsRow.get("executedYuan"));
        assertEquals(6, problems(sheet, "keyTasks[").size(), sheet.get("problems").toString());
        assertTrue(problems(sheet, "keyTasks[").get(0).contains("普法宣传"));

        // invalid entries are refused naming the field, and nothing is stored
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("moneyUnit", "万元");
        bad.put("basicExecuted", "十万");
        bad.put("keyTasks", List.of(task(9, "1", "完成", "达成")));
        bad.put("fiscalExecuted", "12");
        Http.Response refused = bureau.putJson(path(department), Json.write(bad));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("基本支出的全年执行数"), refused.body());
        assertTrue(refused.body().contains("年度重点工作任务第1条：序号“9”不存在"), refused.body());
        assertTrue(refused.body().contains("不按资金来源"), refused.body());
        assertEquals("NOT_STARTED", get(department).get("status").asText());
        Map<String, Object> onProject = Map.of("basicExecuted", "1");
        Http.Response notDepartment = bureau.putJson(path(projects.get(1)), Json.write(onProject));
        assertEquals(400, notDepartment.status());
        assertTrue(notDepartment.body().contains("只有部门整体绩效目标的自评表"), notDepartment.body());

        // the department's own entries: 基本支出 and every task; indicators added to its target so it can be scored
        addDepartmentIndicators();
        JsonNode rows = get(department).get("indicators");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("moneyUnit", "万元");
        input.put("basicInitial", "300");
        input.put("basicFullYear", "310");
        input.put("basicExecuted", "305.5");
        input.put("achievement", "全年开展普法宣传60场，社区矫正对象无脱管漏管");
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 1; i <= TASKS.size(); i++) {
            tasks.add(task(i, i == 1 ? "3" : "", "已按计划完成第" + i + "项任务", i == 4 ? "部分达成" : "ACHIEVED"));
        }
        input.put("keyTasks", tasks);
        input.put("indicators", List.of(
                entry(rows.get(0), "60", null, null, null),
                entry(rows.get(1), null, "ACHIEVED", "30", null),
                entry(rows.get(2), "96", null, null, null)));
        Http.Response saved = bureau.putJson(path(department), Json.write(input));
        assertEquals(200, saved.status(), saved.body());
        sheet = Json.parse(saved.body());
        assertEquals(List.of(), texts(sheet.get("problems"), "message"), sheet.get("problems").toString());
        JsonNode basic = sheet.get("money").get(1);
        assertAmount(new BigDecimal("3000000"), basic.get("initialYuan"));
        assertAmount(new BigDecimal("3055000"), basic.get("executedYuan"));
        JsonNode total = sheet.get("money").get(0);
        assertAmount(new BigDecimal("3100000").add(sum[1]), total.get("fullYearYuan"));
        assertAmount(new BigDecimal("3055000").add(sum[2]), total.get("executedYuan"));
        BigDecimal rate = new BigDecimal("3055000").add(sum[2]).multiply(new BigDecimal("100"))
                .divide(new BigDecimal("3100000").add(sum[1]), 2, RoundingMode.HALF_UP);
        assertEquals(0, rate.compareTo(sheet.get("executionRate").decimalValue()), sheet.get("executionRate").toString());
        JsonNode firstTask = sheet.get("department").get("keyTasks").get(0);
        assertAmount(new BigDecimal("30000"), firstTask.get("executedYuan"));
        assertEquals("已按计划完成第1项任务", firstTask.get("completion").asText());
        assertEquals("PARTIAL", sheet.get("department").get("keyTasks").get(3).get("grade").asText());
        assertNotNull(sheet.get("total"), sheet.toString());
        assertTrue(sheet.get("total").decimalValue().compareTo(new BigDecimal("90")) > 0, sheet.get("total").toString());

        // a save that leaves the tasks out keeps them (indicators left out would fall back to pre-filled values)
        Map<String, Object> again = new LinkedHashMap<>();
        again.put("version", sheet.get("version").asLong());
        again.put("achievement", "全年开展普法宣传60场");
        again.put("indicators", input.get("indicators"));
        Http.Response kept = bureau.putJson(path(department), Json.write(again));
        assertEquals(200, kept.status(), kept.body());
        assertEquals("已按计划完成第1项任务",
                Json.parse(kept.body()).get("department").get("keyTasks").get(0).get("completion").asText());

        // the printed sheet and its workbook: the department's title, tasks, projects and money
        String page = bureau.get("/projects/" + department + "/evaluation").body();
        assertTrue(page.contains("部门整体支出绩效自评表"), "title");
        assertTrue(page.contains("id=\"key-tasks\"") && page.contains("已按计划完成第6项任务"));
        assertTrue(page.contains("id=\"department-projects\""));
        sheet = get(department);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bureau.getBytes("/api/projects/" + department + "/self-evaluation.xlsx")))) {
            Sheet sh = book.getSheetAt(0);
            assertEquals("部门整体支出绩效自评表", book.getSheetName(0));
            Row projectsTotal = rowStartingWith(sh, "项目合计（5个）");
            assertEquals(wan(sum[1]), money(projectsTotal.getCell(3)));
            assertEquals(wan(sum[2]), money(projectsTotal.getCell(4)));
            Row moneyTotal = rowStartingWith(sh, "年度资金总额");
            assertEquals(wan(sheet.get("money").get(0).get("executedYuan").decimalValue()), money(moneyTotal.getCell(4)));
            assertNotNull(rowStartingWith(sh, "社区矫正"));
        }
        XWPFDocument doc = docx("/api/projects/" + department + "/self-evaluation/report.docx");
        assertTrue(doc.getParagraphs().get(0).getText().contains(YEAR + "年度部门整体支出绩效自评报告"));
        assertEquals(List.of("一、部门基本情况", "二、部门整体绩效目标及完成情况", "三、预算执行情况",
                "四、偏离绩效目标的原因和改进措施", "五、绩效自评结果", "六、结果应用"), headings(doc));
        String text = allText(doc);
        assertTrue(text.contains("年度重点工作任务6项"), text);
        assertTrue(text.contains("年度重点工作任务“社区矫正”部分达成"), text);
        assertDocumentAgrees(doc, sheet);

        // a person rewrites a section; the export keeps it
        JsonNode report = Json.parse(bureau.get("/api/projects/" + department + "/self-evaluation/report").body());
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("version", report.get("version").asLong());
        edit.put("sections", List.of(Map.of("key", "use", "text", "自评结果用于2132年部门预算编制，并向县人大报告。")));
        Http.Response edited = bureau.putJson("/api/projects/" + department + "/self-evaluation/report", Json.write(edit));
        assertEquals(200, edited.status(), edited.body());
        assertTrue(allText(docx("/api/projects/" + department + "/self-evaluation/report.docx"))
                .contains("自评结果用于2132年部门预算编制，并向县人大报告。"));

        // workflow: the bureau submits, finance approves
        long version = get(department).get("version").asLong();
        Http.Response submitted = bureau.postJson(path(department) + "/submit", "{\"version\":" + version + "}");
        assertEquals(200, submitted.status(), submitted.body());
        Http.Response approved = finance.postJson(path(department) + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        JsonNode approvedSheet = Json.parse(approved.body());
        assertEquals("APPROVED", approvedSheet.get("status").asText());
        byte[] approvedDocx = bureau.getBytes("/api/projects/" + department + "/self-evaluation/report.docx");
        String approvedText = allText(new XWPFDocument(new ByteArrayInputStream(approvedDocx)));

        // a project's sheet changes afterwards: the approved department sheet and report do not
        evaluateProject(projects.get(1), "50000", "50000", "50000");
        JsonNode after = get(department);
        assertEquals(approvedSheet.get("money").toString(), after.get("money").toString());
        assertEquals(approvedSheet.get("total").toString(), after.get("total").toString());
        assertEquals(approvedSheet.get("department").get("projects").toString(),
                after.get("department").get("projects").toString());
        XWPFDocument reExported = docx("/api/projects/" + department + "/self-evaluation/report.docx");
        assertEquals(approvedText, allText(reExported));
        assertDocumentAgrees(reExported, approvedSheet);
        assertTrue(allText(reExported).contains("自评结果用于2132年部门预算编制"), "the edit survives approval");
    }

    @Test
    void yearEndPackOfLeting_holdsTheDepartmentsAndEveryProjectsDocuments_numbersAgree() throws IOException {
        evaluateProject(projects.get(0), "30000", "30000", "28500");
        evaluateProject(projects.get(4), "24200", "24200", "24200");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("moneyUnit", "万元");
        input.put("basicFullYear", "120");
        input.put("basicExecuted", "118");
        input.put("keyTasks", List.of(task(1, "2.5", "开展普法宣传58场", "达成")));
        assertEquals(200, bureau.putJson(path(department), Json.write(input)).status());

        Http.Download pack = bureau.download("/api/year-end-pack.zip?year=" + YEAR + "&unitCode=" + unit);
        assertEquals(200, pack.status());
        Map<String, byte[]> entries = unzip(pack.body());
        JsonNode list = Json.parse(bureau.get("/api/projects?year=" + YEAR + "&unitCode=" + unit).body());
        String unitName = list.get(0).get("unitName").asText();
        String folder = YEAR + "年度绩效自评/" + unit + " " + unitName + "/";
        List<String> expected = new ArrayList<>();
        Map<String, Long> idOf = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode p : list) {
            String name = p.get("name").asText().replace("/", "_");
            List<String> files = p.get("kind").asText().equals("DEPARTMENT")
                    ? List.of(folder + name + " 部门整体支出绩效自评表.xlsx", folder + name + " 部门整体支出绩效自评报告.docx")
                    : List.of(folder + String.format("%02d ", ++n) + name + " 自评表.xlsx",
                    folder + String.format("%02d ", n) + name + " 自评报告.docx");
            expected.addAll(files);
            files.forEach(f -> idOf.put(f, p.get("id").asLong()));
        }
        expected.add(folder + unit + " " + unitName + " 绩效自评汇总表.xlsx");
        assertEquals(expected, List.copyOf(entries.keySet()), "the zip lists every file, nothing else");

        // every .docx opens, and its money table is its 自评表's
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".docx")) {
                continue;
            }
            XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(e.getValue()));
            assertDocumentAgrees(doc, get(idOf.get(e.getKey())));
        }
        // the department's workbook: its projects add up to what each project's own sheet shows
        BigDecimal[] sum = projectsSum();
        String departmentName = list.get(list.size() - 1).get("name").asText();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                entries.get(folder + departmentName + " 部门整体支出绩效自评表.xlsx")))) {
            Row projectsTotal = rowStartingWith(book.getSheetAt(0), "项目合计（5个）");
            assertEquals(wan(sum[1]), money(projectsTotal.getCell(3)));
            assertEquals(wan(sum[2]), money(projectsTotal.getCell(4)));
        }
        // the summary's total row adds the projects only: the department's row holds them already
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                entries.get(folder + unit + " " + unitName + " 绩效自评汇总表.xlsx")))) {
            Sheet sh = book.getSheetAt(0);
            Row totalRow = sh.getRow(sh.getLastRowNum());
            assertTrue(rowText(totalRow).contains("5"), rowText(totalRow));
            assertEquals(0, sum[1].compareTo(BigDecimal.valueOf(totalRow.getCell(5).getNumericCellValue())
                    .setScale(2, RoundingMode.HALF_UP)), rowText(totalRow));
            assertEquals(0, sum[2].compareTo(BigDecimal.valueOf(totalRow.getCell(6).getNumericCellValue())
                    .setScale(2, RoundingMode.HALF_UP)), rowText(totalRow));
        }
    }

    @Test
    void theClerkFillsTheDepartmentsSheetInTheBrowser_basicAndTasksTyped_projectsShownNotTyped() {
        String clerk = world.user("BUREAU", List.of(unit));
        Http browser = world.browser(clerk);
        String form = browser.get("/projects/" + department + "/evaluation/edit").body();
        assertTrue(form.contains("部门整体支出（万元）"), "the department's money heading");
        assertTrue(form.contains("name=\"basicExecuted\""));
        assertFalse(form.contains("name=\"fiscalExecuted\""), "money by source is a project's");
        assertTrue(form.contains("id=\"projects-row\""));
        for (String task : TASKS) {
            assertTrue(form.contains(task), task);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("moneyUnit", "万元");
        fields.put("basicInitial", "300");
        fields.put("basicFullYear", "300");
        fields.put("basicExecuted", "abc");
        fields.put("achievement", "全年完成各项司法行政工作");
        fields.put("task_position", List.of("1", "2", "3", "4", "5", "6"));
        fields.put("task_executed", List.of("2.8", "", "", "", "", ""));
        fields.put("task_completion", List.of("开展普法宣传60场", "指导调解组织28个", "", "", "", ""));
        fields.put("task_grade", List.of("ACHIEVED", "PARTIAL", "", "", "", ""));
        Http.Response refused = browser.postForm("/projects/" + department + "/evaluation/edit", fields);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("基本支出的全年执行数"), "names the field");
        assertTrue(refused.body().contains("开展普法宣传60场"), "what was typed stays on the page");

        fields.put("basicExecuted", "296.4");
        Http.Response saved = browser.postForm("/projects/" + department + "/evaluation/edit", fields);
        assertEquals(303, saved.status(), saved.body());
        JsonNode sheet = get(department);
        assertAmount(new BigDecimal("2964000"), sheet.get("money").get(1).get("executedYuan"));
        JsonNode tasks = sheet.get("department").get("keyTasks");
        assertAmount(new BigDecimal("28000"), tasks.get(0).get("executedYuan"));
        assertEquals("指导调解组织28个", tasks.get(1).get("completion").asText());
        assertEquals("PARTIAL", tasks.get(1).get("grade").asText());
        assertEquals(4, problems(sheet, "keyTasks[").size(), "four tasks still without 完成情况");
        String page = browser.get("/projects/" + department + "/evaluation/edit").body();
        assertTrue(page.contains("指导调解组织28个") && page.contains("296.4"), "the form shows what was saved");
    }

    @Test
    void departmentRulebook_weighsTheDepartmentsOwnWay_whenConfigured() {
        EvaluationSettings settings = new EvaluationSettings();
        settings.setDepartmentExecutionWeight(new BigDecimal("20"));
        settings.setDepartmentLevelPoints(List.of("产出指标=40", "效益指标=30", "满意度指标=10"));
        settings.setDepartmentLevelPointsWithCostLevel(List.of("产出指标=30", "成本指标=10", "效益指标=30", "满意度指标=10"));
        ScoringRulebook department = settings.departmentRulebook();
        assertEquals(0, new BigDecimal("20").compareTo(department.executionWeight()));
        assertEquals(0, new BigDecimal("40").compareTo(department.levelPoints().get("产出指标")));
        assertEquals(0, new BigDecimal("10").compareTo(settings.rulebook().executionWeight()), "projects unchanged");
        EvaluationSettings unset = new EvaluationSettings();
        assertEquals(unset.rulebook(), unset.departmentRulebook(), "by default a department is weighed as a project");
    }

    // --- helpers

    private void evaluateProject(long id, String initial, String fullYear, String executed) {
        Http.Response saved = bureau.putJson(path(id), Json.write(Fixtures.onTarget(get(id), initial, fullYear, executed,
                null)));
        assertEquals(200, saved.status(), saved.body());
    }

    /** 开展普法宣传活动 ≥55场, 社会稳定 明显提升, 满意度 ≥95%: the department target gets indicators to score. */
    private void addDepartmentIndicators() {
        JsonNode target = Json.parse(bureau.get("/api/projects/" + department).body());
        ObjectNode in = (ObjectNode) Json.parse(Json.write(Map.of()));
        for (String field : List.of("year", "unitCode", "unitName", "departmentName", "kind", "code", "name", "moneyUnit",
                "budget", "fiscalFunds", "otherFunds", "purpose", "goal", "measures", "attribute", "term",
                "managingOffice", "version")) {
            if (target.has(field)) {
                in.set(field, target.get(field));
            }
        }
        in.set("spendPlan", target.get("spendPlan"));
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (JsonNode k : target.get("keyTasks")) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", k.get("name").asText());
            t.put("content", k.hasNonNull("content") ? k.get("content").asText() : null);
            t.put("funds", k.hasNonNull("funds") ? k.get("funds").asText() : null);
            t.put("expectedGoal", k.hasNonNull("expectedGoal") ? k.get("expectedGoal").asText() : null);
            tasks.add(t);
        }
        in.set("keyTasks", Json.parse(Json.write(tasks)));
        in.set("indicators", Json.parse(Json.write(List.of(
                Projects.indicator("产出指标", "数量指标", "开展普法宣传活动", "≥55场"),
                Projects.indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升"),
                Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%")))));
        Http.Response updated = bureau.putJson("/api/projects/" + department, in.toString());
        assertEquals(200, updated.status(), updated.body());
    }

    /** Σ of the five projects' own sheets: 年初预算数, 全年预算数, 全年执行数 (元). */
    private BigDecimal[] projectsSum() {
        BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (long id : projects) {
            JsonNode total = get(id).get("money").get(0);
            String[] columns = {"initialYuan", "fullYearYuan", "executedYuan"};
            for (int c = 0; c < 3; c++) {
                if (total.hasNonNull(columns[c])) {
                    sum[c] = sum[c].add(total.get(columns[c]).decimalValue());
                }
            }
        }
        return sum;
    }

    /** The docx's money table (the one after 三、预算执行情况) against the sheet's money rows, in 万元. */
    private static void assertDocumentAgrees(XWPFDocument doc, JsonNode sheet) {
        XWPFTable money = null;
        for (XWPFTable t : doc.getTables()) {
            if (t.getRow(0).getCell(1).getText().equals("年初预算数")) {
                money = t;
            }
        }
        assertNotNull(money, "money table");
        JsonNode rows = sheet.get("money");
        assertEquals(rows.size() + 1, money.getNumberOfRows());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals(row.get("label").asText(), money.getRow(i + 1).getCell(0).getText());
            assertEquals(wanOrBlank(row.get("fullYearYuan")), money.getRow(i + 1).getCell(2).getText());
            assertEquals(wanOrBlank(row.get("executedYuan")), money.getRow(i + 1).getCell(3).getText());
        }
        String score = sheet.get("executionScore").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
        assertEquals(score, money.getRow(1).getCell(6).getText());
    }

    private JsonNode get(long id) {
        Http.Response r = bureau.get(path(id));
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    private static String path(long id) {
        return "/api/projects/" + id + "/self-evaluation";
    }

    private XWPFDocument docx(String path) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bureau.getBytes(path)));
    }

    private static Map<String, Object> task(int position, String executed, String completion, String grade) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("position", position);
        t.put("executed", executed);
        t.put("completion", completion);
        t.put("grade", grade);
        return t;
    }


    private static List<String> problems(JsonNode sheet, String fieldPrefix) {
        List<String> found = new ArrayList<>();
        for (JsonNode p : sheet.get("problems")) {
            if (p.get("field").asText().startsWith(fieldPrefix)) {
                found.add(p.get("message").asText());
            }
        }
        return found;
    }

    private static List<String> headings(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).map(XWPFParagraph::getText)
                .toList();
    }

    private static String allText(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> b.append(c.getText()).append('|'))));
        return b.toString();
    }

    private static Row rowStartingWith(Sheet sh, String text) {
        for (Row r : sh) {
            if (r.getCell(0) != null && new DataFormatter().formatCellValue(r.getCell(0)).equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row " + text);
    }

    private static String rowText(Row r) {
        StringBuilder b = new StringBuilder();
        r.forEach(c -> b.append(new DataFormatter().formatCellValue(c)).append('|'));
        return b.toString();
    }

    private static String money(org.apache.poi.ss.usermodel.Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 元 in 万元 as the report writes an amount: at least two decimals, more only where the amount has them. */
    private static String wanOrBlank(JsonNode yuan) {
        if (yuan == null || yuan.isNull()) {
            return "";
        }
        BigDecimal v = yuan.decimalValue().movePointLeft(4).stripTrailingZeros();
        return (v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v).toPlainString();
    }

    private static void assertAmount(BigDecimal expected, JsonNode actual) {
        assertNotNull(actual);
        assertFalse(actual.isNull(), "blank where " + expected + " was expected");
        assertEquals(0, expected.compareTo(actual.decimalValue()), expected + " ≠ " + actual);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static List<Long> longs(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asLong()));
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(e.getName(), out.toByteArray());
            }
        }
        return entries;
    }
}
