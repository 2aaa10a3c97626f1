package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A total or grade shown only where it means something: a project nobody has evaluated is 未评, not "0.00 差";
 * a sheet whose weights do not add up to 90 has no total and no grade (not 110 and 优); a sheet without a whole
 * 效益 level lists that as a problem and cannot be submitted.
 */
@MicronautTest(transactional = false)
class HeadlineScoresTest {

    private static final int YEAR = 2024;

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    Http bureau;
    Http finance;
    Http financeBrowser;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("乐亭县司法局本级");
        bureau = world.script(world.user("BUREAU", List.of(unit)));
        String financeName = world.user("FINANCE", List.of());
        finance = world.script(financeName);
        financeBrowser = world.browser(financeName);
    }

    @Test
    void aProjectNobodyEvaluatedIsNotEvaluated_notZeroPoor_onThePageTheJsonAndTheWorkbook() throws IOException {
        long untouched = Projects.create(bureau, Projects.leting(unit, "WP" + World.next(), "未评项目" + World.next()));
        long evaluated = Projects.create(bureau, Projects.leting(unit, "YP" + World.next(), "已评项目" + World.next()));
        save(evaluated, List.of("6", "", "", "", "96"), List.of("", "ACHIEVED", "ACHIEVED", "ACHIEVED", ""),
                List.of("", "16.67", "16.66", "30", ""));

        JsonNode summary = Json.parse(finance.get("/api/self-evaluations/summary?year=" + YEAR + "&unitCode=" + unit).body());
        JsonNode notStarted = row(summary, untouched);
        assertEquals("NOT_STARTED", notStarted.get("status").asText());
        assertEquals("未填报", notStarted.get("statusLabel").asText());
        assertTrue(notStarted.get("total").isNull(), notStarted.toString());
        assertTrue(notStarted.get("grade").isNull(), notStarted.toString());
        JsonNode draft = row(summary, evaluated);
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals("100.00", SelfEvaluationApiTest.two(draft.get("total")), "10 + 90: everything met");
        assertEquals("优", draft.get("grade").asText());

        String page = financeBrowser.get("/evaluations?year=" + YEAR + "&unitCode=" + unit).body();
        assertEquals(List.of("未评", "未评"), scoreAndGrade(page, untouched));
        assertEquals(List.of("100.00", "优"), scoreAndGrade(page, evaluated));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                finance.getBytes("/api/self-evaluations/summary.xlsx?year=" + YEAR + "&unitCode=" + unit)))) {
            Sheet table = book.getSheetAt(0);
            int r = SelfEvaluationApiTest.rowOf(table, notStarted.get("projectName").asText());
            assertEquals("未评", SelfEvaluationApiTest.text(table, r, 8));
            assertEquals("未评", SelfEvaluationApiTest.text(table, r, 9));
            int e = SelfEvaluationApiTest.rowOf(table, draft.get("projectName").asText());
            assertEquals("100.00", SelfEvaluationApiTest.text(table, e, 8));
            assertEquals("优", SelfEvaluationApiTest.text(table, e, 9));
        }
    }

    /* Weights 50 + 30 + 10 + 5 + 5 = 100 instead of 90: with 执行率 10 a perfect project would print 110 and 优. */
    @Test
    void weightsThatDoNotAddUpTo90_noTotalNoGrade_onThePageTheJsonAndTheWorkbook_andNoSubmission() throws IOException {
        Map<String, Object> p = Projects.leting(unit, "QZ" + World.next(), "分值有误项目" + World.next());
        List<String> weights = List.of("50", "30", "5", "10", "5");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) p.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).put("weight", weights.get(i));
        }
        long id = Projects.create(bureau, p);
        JsonNode sheet = save(id, List.of("6", "", "", "", "96"), List.of("", "ACHIEVED", "ACHIEVED", "ACHIEVED", ""),
                List.of("", "30", "5", "10", ""));

        assertTrue(sheet.get("total").isNull(), sheet.get("total").toString());
        assertTrue(sheet.get("grade").isNull(), sheet.get("grade").toString());
        assertEquals("指标分值合计为100分，应为90分：分值改正前不计总分，不评等级", sheet.get("totalExplanation").asText());
        assertTrue(messages(sheet).contains("指标分值合计为100分，应为90分"), messages(sheet).toString());

        Http.Response refused = bureau.postJson("/api/projects/" + id + "/self-evaluation/submit", "{}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("指标分值合计为100分，应为90分"), refused.body());

        Map<String, String> cells = SelfEvaluationApiTest.cells(financeBrowser.get("/projects/" + id + "/evaluation").body());
        assertEquals("", cells.get("total"), "no total on the page");
        assertEquals("不计分", cells.get("grade"), "no grade on the page");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                finance.getBytes("/api/projects/" + id + "/self-evaluation.xlsx")))) {
            Sheet form = book.getSheetAt(0);
            int total = SelfEvaluationApiTest.rowOf(form, "总分");
            assertEquals("", SelfEvaluationApiTest.text(form, total, 6), "no total in the workbook");
            int grade = SelfEvaluationApiTest.rowOf(form, "评价等级");
            assertEquals("不计分", SelfEvaluationApiTest.text(form, grade, 5));
        }

        JsonNode summary = row(Json.parse(finance.get("/api/self-evaluations/summary?year=" + YEAR + "&unitCode=" + unit).body()), id);
        assertTrue(summary.get("total").isNull() && summary.get("grade").isNull(), summary.toString());
        assertEquals(List.of("不计分", "不计分"), scoreAndGrade(financeBrowser.get("/evaluations?year=" + YEAR + "&unitCode=" + unit).body(), id));
    }

    /* No 效益指标 at all: its 30 points cannot be earned. That is a problem to correct, and it blocks submission. */
    @Test
    void aSheetWithoutAWhole效益Level_listsItAsAProblem_andCannotBeSubmitted() {
        Map<String, Object> p = Projects.leting(unit, "XY" + World.next(), "缺效益项目" + World.next());
        p.put("indicators", List.of(
                Projects.indicator("产出指标", "数量指标", "开展行政执法培训", "≥6次"),
                Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%")));
        long id = Projects.create(bureau, p);
        JsonNode sheet = save(id, List.of("6", "96"), List.of("", ""), List.of("", ""));

        String problem = "本项目没有效益指标，其30分无法取得：请在绩效目标表中补充效益指标，或为各指标设定合计90分的分值";
        assertEquals(List.of(problem), messages(sheet));
        assertEquals("level1", sheet.get("problems").get(0).get("field").asText());
        Http.Response refused = bureau.postJson("/api/projects/" + id + "/self-evaluation/submit", "{}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(problem, Json.parse(refused.body()).get("problems").get(0).get("message").asText());
        assertTrue(financeBrowser.get("/projects/" + id + "/evaluation").body().contains(problem), "the page lists it");
    }

    /** Saves the sheet through the API: the budget spent in full, one entry per indicator in table order. */
    private JsonNode save(long id, List<String> actuals, List<String> grades, List<String> scores) {
        String path = "/api/projects/" + id + "/self-evaluation";
        JsonNode current = Json.parse(bureau.get(path).body());
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
        return Json.parse(saved.body());
    }

    private static JsonNode row(JsonNode summary, long projectId) {
        for (JsonNode row : summary) {
            if (row.get("projectId").asLong() == projectId) {
                return row;
            }
        }
        throw new AssertionError("no summary row for project " + projectId + ": " + summary);
    }

    private static List<String> messages(JsonNode sheet) {
        List<String> out = new ArrayList<>();
        sheet.get("problems").forEach(p -> out.add(p.get("message").asText()));
        return out;
    }

    /** The 得分 and 等级 cells of the project's row on the summary page. */
    private static List<String> scoreAndGrade(String page, long projectId) {
        Matcher row = Pattern.compile("data-project-id=\"" + projectId + "\"(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), page);
        Matcher score = Pattern.compile("class=\"num score\">([^<]*)<").matcher(row.group(1));
        Matcher grade = Pattern.compile("class=\"grade\">([^<]*)<").matcher(row.group(1));
        assertTrue(score.find() && grade.find(), row.group(1));
        return List.of(score.group(1), grade.group(1));
    }
}
