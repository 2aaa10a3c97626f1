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
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk fills the 自评表 in the browser, finance returns and approves it on the page. */
@MicronautTest(transactional = false)
class SelfEvaluationPagesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    ReportingPeriods periods;
    @Inject
    TransactionOperations<Connection> tx;

    /*
     * 乐亭 法制建设 (3.00 万元; ≥6次, 及时完成, 控制在预算内, 明显提升, ≥95%), 12月底 report: spent 28500, 培训 5 次.
     * 执行 28500 ÷ 30000 = 95% → 9.50. 产出 50 ÷ 3 → 16.67, 16.67, 16.66.
     * 培训 5 ÷ 6 × 16.67 = 13.891… → 13.89; 及时完成 16.67; 控制在预算内 16.66; 维护社会稳定 达成 27 of 30; 满意度 96 ≥ 95 → 10.
     * 指标 84.221… → 84.22; 总分 9.50 + 84.22 = 93.72 → 优.
     */
    @Test
    void clerkFillsTheForm_submissionWaitsForTheReason_financeReturnsAndApproves() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("乐亭县司法局本级");
        String clerkName = world.user("BUREAU", List.of(unit));
        Http clerk = world.browser(clerkName);
        Http finance = world.browser(world.user("FINANCE", List.of()));
        long id = Projects.create(world.script(clerkName), Projects.leting(unit, "FZ" + World.next(), "法制建设" + World.next()));
        YearEndReportRows reports = new YearEndReportRows(db, tx, periods);
        long december = reports.report(id, reports.period(2024, 12), "SUBMITTED", "28500", null);
        reports.progress(december, YearEndReportRows.indicatorId(world.script(clerkName), id, "开展行政执法培训"), "5", null);

        String form = clerk.get("/projects/" + id + "/evaluation/edit").body();
        assertTrue(form.contains("name=\"fiscalExecuted\" value=\"2.85\""), "money in 万元 as published");
        assertTrue(form.contains("name=\"ind_actual\" inputmode=\"decimal\" class=\"short\" value=\"5\""), "the reported actual is pre-filled");
        assertTrue(form.contains("实际完成5次，目标≥6次，得分 = 5 ÷ 6 × 16.67 = 13.89"), "each row shows its explanation");

        Map<String, Object> fields = fields(id, world.script(clerkName), null);
        fields.put("action", "submit");
        Http.Response notYet = clerk.postForm("/projects/" + id + "/evaluation/edit", fields);
        assertEquals(400, notYet.status());
        assertTrue(notYet.body().contains("已保存，但尚不能提交"), notYet.body());
        assertTrue(notYet.body().contains("第1项指标“开展行政执法培训”未得满分，须填写偏差原因分析及改进措施"));
        assertTrue(notYet.body().contains("第4项指标“维护社会稳定”未得满分，须填写偏差原因分析及改进措施"));

        JsonNode draft = Json.parse(world.script(clerkName).get("/api/projects/" + id + "/self-evaluation").body());
        assertEquals("DRAFT", draft.get("status").asText());
        fields = fields(id, world.script(clerkName), "一次培训与省厅培训合并；下年度单独组织");
        fields.put("action", "submit");
        Http.Response submitted = clerk.postForm("/projects/" + id + "/evaluation/edit", fields);
        assertEquals(303, submitted.status(), submitted.body());
        assertEquals("/projects/" + id + "/evaluation?done=submitted", submitted.location());
        assertTrue(clerk.get(submitted.location()).body().contains("已提交，等待财政局审核"), "says what was done");

        assertFalse(clerk.get("/projects/" + id + "/evaluation").body().contains("/evaluation/edit\""), "no edit link once submitted");
        // the form opens read-only with the reason, so nobody types into a sheet they cannot save
        Http.Response locked = clerk.get("/projects/" + id + "/evaluation/edit");
        assertEquals(200, locked.status(), locked.body());
        assertTrue(locked.body().contains("本自评表现在不能修改：自评表已提交，财政局审核期间不能修改"), locked.body());
        assertTrue(locked.body().contains("<fieldset class=\"plain\" disabled=\"disabled\">"), "every field is disabled");
        assertFalse(locked.body().contains("name=\"action\""), "no save or submit button");
        Http.Response refused = clerk.postForm("/projects/" + id + "/evaluation/edit", fields(id, world.script(clerkName), "补写的原因"));
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("财政局审核期间不能修改"), refused.body());
        assertTrue(refused.body().contains("补写的原因"), "a save refused meanwhile keeps what was typed on the page");

        String review = finance.get("/projects/" + id + "/evaluation").body();
        assertTrue(review.contains("审核通过") && review.contains("退回修改"));
        assertTrue(review.contains("id=\"total\">93.72<"), "93.72 on the page");
        assertTrue(review.contains("id=\"grade\">优<"));
        assertTrue(review.contains("href=\"/evaluations\" class=\"active\""), "the navigation marks 绩效自评, not 绩效目标");
        assertFalse(review.contains("href=\"/projects\" class=\"active\""));
        Http.Response noComment = finance.postForm("/projects/" + id + "/evaluation/return", Map.of("comment", " "));
        assertEquals(400, noComment.status());
        assertTrue(noComment.body().contains("退回时请填写审核意见"));
        assertEquals(303, finance.postForm("/projects/" + id + "/evaluation/return", Map.of("comment", "请补充实际完成情况")).status());
        assertTrue(clerk.get("/projects/" + id + "/evaluation").body().contains("请补充实际完成情况"));

        assertEquals(303, clerk.postForm("/projects/" + id + "/evaluation/submit", Map.of()).status());
        assertEquals(303, finance.postForm("/projects/" + id + "/evaluation/approve", Map.of()).status());

        assertFalse(finance.get("/projects/" + id + "/evaluation").body().contains("/evaluation/edit\""), "no edit link once approved");
        for (Http who : List.of(clerk, finance)) {
            String approvedForm = who.get("/projects/" + id + "/evaluation/edit").body();
            assertTrue(approvedForm.contains("本自评表现在不能修改：自评表已审核通过，不能再修改"), approvedForm);
            assertFalse(approvedForm.contains("name=\"action\""));
        }

        String list = finance.get("/evaluations?year=2024&unitCode=" + unit).body();
        assertTrue(list.contains("已审核通过"), list);
        assertTrue(list.contains(">93.72<"));
        assertTrue(list.contains("/api/self-evaluations/summary.xlsx?year=2024&amp;unitCode=" + unit));
        assertTrue(clerk.get("/static/app.css").body().contains("size: A4"), "the sheet prints on A4");
    }

    /** The form's fields as the browser posts them, filled in from the sheet as it stands. */
    private static Map<String, Object> fields(long id, Http api, String reason) {
        JsonNode sheet = Json.parse(api.get("/api/projects/" + id + "/self-evaluation").body());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", sheet.get("version").isNull() ? "" : sheet.get("version").asText());
        f.put("moneyUnit", "万元");
        f.put("fiscalInitial", "3");
        f.put("fiscalFullYear", "3");
        f.put("fiscalExecuted", "2.85");
        for (String source : List.of("carryover", "other")) {
            f.put(source + "Initial", "0");
            f.put(source + "FullYear", "0");
            f.put(source + "Executed", "0");
        }
        f.put("achievement", "全年开展行政执法培训5次");
        List<String> ids = new ArrayList<>();
        for (JsonNode row : sheet.get("indicators")) {
            ids.add(row.get("indicatorId").asText());
        }
        f.put("ind_id", ids);
        f.put("ind_actual", List.of("5", "", "", "", "96"));
        f.put("ind_actualText", List.of("", "按时完成", "未超预算", "", ""));
        f.put("ind_grade", List.of("", "ACHIEVED", "ACHIEVED", "ACHIEVED", ""));
        f.put("ind_score", List.of("", "16.67", "16.66", "27", ""));
        f.put("ind_reason", reason == null ? List.of("", "", "", "", "")
                : List.of(reason, "", "", "宣传覆盖面仍有不足，下年度加强", ""));
        return f;
    }
}
