package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A period report's life over HTTP: fill, save, submit, return with a comment, correct, resubmit, approve. */
@MicronautTest
class ReportWorkflowTest {

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    Http bureau;
    Http finance;
    long project;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("乐亭县司法局本级");
        bureau = world.script(world.user("BUREAU", List.of(unit)));
        finance = world.script(world.user("FINANCE", List.of()));
        project = Projects.create(bureau, Projects.leting(unit, "RPT" + World.next(), "法制建设" + World.next()));
    }

    @Test
    void bureauFillsAndSubmitsFinanceReturnsBureauCorrectsFinanceApproves() {
        JsonNode blank = Reports.get(bureau, project, "2024-06");
        assertEquals("DRAFT", blank.get("status").asText());
        assertTrue(blank.get("version").isNull(), "never saved");
        assertEquals("30000.00", blank.get("budgetYuan").asText());
        assertEquals("50.00", blank.get("plannedPercent").asText(), "the plan's 6月底 checkpoint");
        assertEquals(5, blank.get("indicators").size());
        assertEquals("≥6次", blank.get("indicators").get(0).get("target").asText());

        // A draft may be partial.
        long training = Reports.indicatorId(blank, "开展行政执法培训");
        Http.Response draft = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "12000",
                List.of(Reports.entry(training, "3次", null, null, null)))));
        assertEquals(200, draft.status(), draft.body());
        JsonNode saved = Json.parse(draft.body());
        assertEquals("12000.00", saved.get("spentYuan").asText());
        assertEquals("40.00", saved.get("executionPercent").asText());
        assertEquals("10.00", saved.get("lagPoints").asText());
        assertEquals("3", saved.get("indicators").get(0).get("currentValue").asText(), "the unit after the number is accepted");
        assertEquals("50.00", saved.get("indicators").get(0).get("completionPercent").asText());

        // Submitting an incomplete report is refused, naming what is missing.
        Http.Response incomplete = bureau.postJson(Reports.path(project, "2024-06") + "/submit", "{}");
        assertEquals(400, incomplete.status(), incomplete.body());
        assertTrue(String.join("\n", Reports.problems(incomplete)).contains("提交前请选择指标“及时完成”的完成情况"), incomplete.body());

        List<Map<String, Object>> complete = Reports.complete(saved);
        Http.Response full = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(Reports.version(saved), "12000", complete)));
        assertEquals(200, full.status(), full.body());
        JsonNode filled = Json.parse(full.body());
        Http.Response submitted = bureau.postJson(Reports.path(project, "2024-06") + "/submit",
                Json.write(Map.of("version", Reports.version(filled))));
        assertEquals(200, submitted.status(), submitted.body());
        JsonNode s = Json.parse(submitted.body());
        assertEquals("SUBMITTED", s.get("status").asText());
        assertTrue(s.get("submittedBy").asText().startsWith("bureau"));

        // Submitted reports are read-only to the bureau, and only finance reviews.
        Http.Response edit = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(Reports.version(s), "13000", complete)));
        assertEquals(403, edit.status(), edit.body());
        assertTrue(Json.parse(edit.body()).get("message").asText().contains("已提交"));
        assertEquals(403, bureau.postJson(Reports.path(project, "2024-06") + "/approve", "{}").status());
        assertEquals("12000.00", Reports.get(bureau, project, "2024-06").get("spentYuan").asText(), "nothing changed");

        // Finance may correct a submitted report; it stays submitted.
        Http.Response correction = finance.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(Reports.version(s), "12500", complete)));
        assertEquals(200, correction.status(), correction.body());
        assertEquals("SUBMITTED", Json.parse(correction.body()).get("status").asText());

        // Finance returns it; a return needs a comment.
        Http.Response noComment = finance.postJson(Reports.path(project, "2024-06") + "/return", "{\"comment\":\" \"}");
        assertEquals(400, noComment.status());
        assertEquals("comment", Json.parse(noComment.body()).get("problems").get(0).get("field").asText());
        Http.Response returned = finance.postJson(Reports.path(project, "2024-06") + "/return",
                Json.write(Map.of("comment", "累计支出与国库支付数不符，请核对")));
        assertEquals(200, returned.status(), returned.body());

        JsonNode seen = Reports.get(bureau, project, "2024-06");
        assertEquals("RETURNED", seen.get("status").asText());
        assertEquals("累计支出与国库支付数不符，请核对", seen.get("comment").asText());

        Http.Response corrected = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(Reports.version(seen), "15000.50", complete)));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("RETURNED", Json.parse(corrected.body()).get("status").asText(), "saved, not yet resubmitted");
        assertEquals(200, bureau.postJson(Reports.path(project, "2024-06") + "/submit", "{}").status());

        Http.Response approved = finance.postJson(Reports.path(project, "2024-06") + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        JsonNode a = Json.parse(approved.body());
        assertEquals("APPROVED", a.get("status").asText());
        assertEquals("15000.50", a.get("spentYuan").asText());

        assertEquals(403, bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(Reports.version(a), "1", complete))).status());
        assertEquals(403, finance.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(Reports.version(a), "1", complete))).status(),
                "an approved report is read-only to finance too");
        assertEquals(409, finance.postJson(Reports.path(project, "2024-06") + "/approve", "{}").status(), "already approved");

        // Every step is in the audit trail.
        JsonNode trail = Json.parse(finance.get("/api/audit?entityType=PERIOD_REPORT&entityId=" + a.get("reportId").asLong()).body());
        List<String> actions = new ArrayList<>();
        trail.forEach(e -> actions.add(e.get("action").asText()));
        assertTrue(actions.containsAll(List.of("CREATE", "UPDATE", "SUBMIT", "RETURN", "APPROVE")), actions.toString());
        assertEquals(2, actions.stream().filter("SUBMIT"::equals).count(), actions.toString());
    }

    @Test
    void refusesBadInputNamingTheFieldAndSavesNothing() {
        JsonNode blank = Reports.get(bureau, project, "2024-06");
        long training = Reports.indicatorId(blank, "开展行政执法培训");
        long inTime = Reports.indicatorId(blank, "及时完成");
        Http.Response first = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "1000", List.of())));
        assertEquals(200, first.status(), first.body());
        Long version = Reports.version(Json.parse(first.body()));

        refused(version, "一万", List.of(), "spentYuan", "累计支出（元）“一万”不是有效的金额");
        refused(version, "40000", List.of(), "spentYuan", "累计支出 40000.00 元超过预算数（元） 30000.00 元");
        refused(version, "-5", List.of(), "spentYuan", "不能为负数");
        refused(version, "12.345", List.of(), "spentYuan", "小数位过多");
        refused(version, "2000", List.of(Reports.entry(training, "二十", null, null, null)), "indicators[0].currentValue",
                "指标“开展行政执法培训”的当前值“二十”不是数字");
        refused(version, "2000", List.of(Reports.entry(inTime, null, "很好", null, null)), "indicators[0].grade",
                "指标“及时完成”的完成情况“很好”无效");
        refused(version, "2000", List.of(Reports.entry(inTime, "1", null, null, null)), "indicators[0].currentValue", "是定性指标");
        refused(version, "2000", List.of(Reports.entry(training, null, "ACHIEVED", null, null)), "indicators[0].grade", "是定量指标");
        refused(version, "2000", List.of(Reports.entry(training, "1", null, null, "也许")), "indicators[0].likelihood", "完成目标可能性“也许”无效");
        refused(version, "2000", List.of(Reports.entry(training, "1", null, null, null, "天气")), "indicators[0].deviationCauses", "偏差原因“天气”无效");
        refused(version, "2000", List.of(Reports.entry(99999999L, "1", null, null, null)), "indicators[0].indicatorId", "不是该项目的指标");

        // Several problems at once are all reported, and nothing of the request is stored.
        Http.Response many = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(version, "2000",
                List.of(Reports.entry(training, "二十", null, null, null), Reports.entry(inTime, null, "很好", null, null)))));
        assertEquals(400, many.status());
        assertEquals(2, Reports.problems(many).size(), many.body());
        JsonNode after = Reports.get(bureau, project, "2024-06");
        assertEquals("1000.00", after.get("spentYuan").asText());
        assertEquals(version, Reports.version(after));

        // An adjusted budget makes room for more spend; labels are accepted as well as codes.
        Map<String, Object> adjusted = Reports.body(version, "40000", List.of(Reports.entry(inTime, null, "部分达成", "达成", "有可能", "经费保障", "OTHER")));
        adjusted.put("adjustedBudgetYuan", "50000");
        Http.Response ok = bureau.putJson(Reports.path(project, "2024-06"), Json.write(adjusted));
        assertEquals(200, ok.status(), ok.body());
        JsonNode okView = Json.parse(ok.body());
        assertEquals("50000.00", okView.get("effectiveBudgetYuan").asText());
        assertEquals("80.00", okView.get("executionPercent").asText());
        JsonNode progress = okView.get("indicators").get(1);
        assertEquals("PARTIAL", progress.get("grade").asText());
        assertEquals("POSSIBLE", progress.get("likelihood").asText());
        assertEquals("[\"FUNDING\",\"OTHER\"]", progress.get("deviationCauses").toString());
    }

    @Test
    void refusesPeriodsThatDoNotExistOrBelongToAnotherYear() {
        Http.Response missing = bureau.get(Reports.path(project, "2024-05"));
        assertEquals(400, missing.status(), missing.body());
        assertTrue(Reports.problems(missing).get(0).startsWith("period: 报告期 2024-05 不存在"), missing.body());
        assertTrue(Reports.problems(missing).get(0).contains("2024-06 6月底"), "lists the periods there are");
        Http.Response malformed = bureau.putJson(Reports.path(project, "2024-6"), Json.write(Reports.body(null, "1", List.of())));
        assertEquals(400, malformed.status());
        assertTrue(Reports.problems(malformed).get(0).contains("应为“年-月”"), malformed.body());
        Http.Response otherYear = bureau.get(Reports.path(project, "2025-06"));
        assertEquals(400, otherYear.status());
        assertTrue(Reports.problems(otherYear).get(0).contains("不属于项目所在的 2024 年度"), otherYear.body());
        assertEquals(404, world.script(world.user("BUREAU", List.of(world.unit("别的单位")))).get(Reports.path(project, "2024-06")).status(),
                "another unit's project is not found");
    }

    @Test
    void aDecreaseInCumulativeSpendNeedsAReasonThatFinanceSees() {
        JsonNode march = Reports.get(bureau, project, "2024-03");
        assertEquals(200, bureau.putJson(Reports.path(project, "2024-03"), Json.write(Reports.body(null, "10000", List.of()))).status());
        JsonNode june = Reports.get(bureau, project, "2024-06");
        assertEquals("2024-03", june.get("previousPeriod").asText());
        assertEquals("10000.00", june.get("previousSpentYuan").asText());
        Http.Response lower = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "8000", List.of())));
        assertEquals(400, lower.status());
        assertEquals(List.of("spendDecreaseReason: 累计支出 8000.00 元低于上期（3月底）的 10000.00 元，请在“支出减少原因”中说明"),
                Reports.problems(lower));
        Map<String, Object> explained = Reports.body(null, "8000", List.of());
        explained.put("spendDecreaseReason", "3月误列支的2000元已冲回");
        Http.Response ok = bureau.putJson(Reports.path(project, "2024-06"), Json.write(explained));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("3月误列支的2000元已冲回", Reports.get(finance, project, "2024-06").get("spendDecreaseReason").asText());
        assertNotEquals(null, march);
    }

    private void refused(Long version, String spent, List<Map<String, Object>> indicators, String field, String wording) {
        Http.Response r = bureau.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(version, spent, indicators)));
        assertEquals(400, r.status(), r.body());
        List<String> problems = Reports.problems(r);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(field + ": ") && p.contains(wording)),
                "expected " + field + " mentioning " + wording + ", got " + problems);
    }
}
