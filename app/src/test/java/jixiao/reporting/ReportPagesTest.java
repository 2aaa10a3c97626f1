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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reporting pages as people use them: start page, unit overview, report form, periods page. */
@MicronautTest
class ReportPagesTest {

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    String bureauName;
    Http bureau;
    Http finance;
    long project;
    String form;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("页面单位");
        bureauName = world.user("BUREAU", List.of(unit));
        bureau = world.browser(bureauName);
        finance = world.browser(world.user("FINANCE", List.of(), "李审核"));
        project = Projects.create(world.script(bureauName), Projects.leting(unit, "PG" + World.next(), "页面项目" + World.next()));
        form = "/reports/projects/" + project + "/2024-06";
    }

    @Test
    void theStartPageLeadsToTheUnitOverview() {
        Http.Response start = bureau.get("/reports?year=2024");
        assertEquals(200, start.status(), start.body());
        assertTrue(start.body().contains("value=\"" + unit + "\" selected"), "a bureau with one unit has it chosen");
        Http.Response chosen = bureau.get("/reports?year=2024&unitCode=" + unit + "&period=2024-06");
        assertEquals(303, chosen.status());
        assertEquals("/reports/units/" + unit + "/2024-06", chosen.location());

        Http.Response overview = bureau.get(chosen.location());
        assertEquals(200, overview.status(), overview.body());
        assertTrue(overview.body().contains("页面项目"));
        assertTrue(overview.body().contains("未填报"));
        assertTrue(overview.body().contains(form), "links to the form");

        world.script(bureauName).putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "15000", List.of())));
        String after = bureau.get(chosen.location()).body();
        assertTrue(after.contains("草稿"));
        assertTrue(after.contains("50.00%"), "the execution rate");
        assertTrue(finance.get("/reports?year=2024&period=2024-06").body().contains(unit), "finance sees the unit in the summary");
        assertEquals(404, world.browser(world.user("BUREAU", List.of(world.unit("他人")))).get(chosen.location()).status());
    }

    @Test
    void theFormShowsPlanAndTargetSavesAndKeepsWhatWasTypedWhenRefused() {
        Http.Response page = bureau.get(form);
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertTrue(html.contains("data-plan=\"50.00\""), "the plan for the computed lag");
        assertTrue(html.contains("data-budget=\"30000.00\""));
        assertTrue(html.contains("目标：≥6次"), "the target beside the field");
        assertTrue(html.contains("/static/report-form.js"));
        assertTrue(html.contains("name=\"i0.current\""));
        assertTrue(html.contains("name=\"i1.grade\""), "qualitative indicators choose a grade");

        Map<String, Object> fields = fields(null, "12000");
        fields.put("i0.current", "二十");
        Http.Response refused = bureau.postForm(form, fields);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("指标“开展行政执法培训”的当前值“二十”不是数字"), refused.body());
        assertTrue(refused.body().contains("value=\"二十\""), "what was typed is kept");

        Http.Response saved = bureau.postForm(form, fields(null, "12000"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(form + "?done=draftSaved", saved.location());
        String shown = bureau.get(saved.location()).body();
        assertTrue(shown.contains("已保存草稿"));
        assertTrue(shown.contains("value=\"12000.00\""));
        assertTrue(shown.contains("40.00%"), "the execution rate");
    }

    @Test
    void aConflictingSaveShowsWhatTheOtherPersonChanged() {
        Http other = world.browser(bureauName);
        assertEquals(303, bureau.postForm(form, fields(null, "1000")).status());
        long version = version(bureau.get(form).body());

        assertEquals(303, other.postForm(form, fields(version, "2000")).status());
        Http.Response conflict = bureau.postForm(form, fields(version, "3000"));
        assertEquals(409, conflict.status(), conflict.body());
        String html = conflict.body();
        assertTrue(html.contains("报告已被他人修改"), html);
        assertTrue(Pattern.compile("<td>累计支出（元）</td><td>2000</td><td>3000</td>").matcher(html).find(), "field, theirs, yours");
        assertTrue(html.contains("value=\"3000\""), "your value is kept in the form");
        long current = version(html);
        assertTrue(current > version, "the form now carries the current version");
        assertEquals("2000.00", Reports.get(world.script(bureauName), project, "2024-06").get("spentYuan").asText(), "nothing was overwritten");

        assertEquals(303, bureau.postForm(form, fields(current, "3000")).status(), "saving again is a deliberate overwrite");
    }

    @Test
    void submittedReportsAreReadOnlyAndFinanceReturnsThemWithAComment() {
        assertEquals(303, bureau.postForm(form, fields(null, "1000")).status());
        world.script(bureauName).putJson(Reports.path(project, "2024-03"), Json.write(Reports.body(null, "2000", List.of())));
        Map<String, Object> complete = complete(bureau.get(form).body());
        complete.put("spentYuan", "1500");
        complete.put("spendDecreaseReason", "一笔误付款已退回");
        complete.put("action", "submit");
        Http.Response submitted = bureau.postForm(form, complete);
        assertEquals(303, submitted.status(), submitted.body());
        assertEquals(form + "?done=submitted", submitted.location());

        String readOnly = bureau.get(form).body();
        assertTrue(readOnly.contains("<fieldset class=\"plain\" disabled=\"disabled\">"), "read-only for the bureau");
        assertFalse(readOnly.contains("value=\"save\""), "no save button");
        assertFalse(readOnly.contains("/approve"), "no review for the bureau");

        String review = finance.get(form).body();
        assertTrue(review.contains("/approve") && review.contains("/return"), "finance sees approve and return");
        assertTrue(review.contains("单位说明的原因"), "finance is shown that the spend went down");
        assertTrue(review.contains("一笔误付款已退回"), "and why");
        assertFalse(review.contains("value=\"submit\""), "a submitted report is not submitted again");

        Http.Response noComment = finance.postForm(form + "/return", Map.of("version", version(review), "comment", ""));
        assertEquals(400, noComment.status());
        assertTrue(noComment.body().contains("退回时请填写审核意见"));
        Http.Response returned = finance.postForm(form + "/return", Map.of("version", version(review), "comment", "请补充纠偏措施"));
        assertEquals(303, returned.status(), returned.body());

        String seen = bureau.get(form).body();
        assertTrue(seen.contains("problems returned"), "the return comment stands out");
        assertTrue(seen.contains("财政局（李审核，"), "the reviewer by 姓名: " + seen);
        assertTrue(seen.contains("请补充纠偏措施"));
        assertTrue(seen.contains("value=\"save\""), "editable again");
        assertEquals(403, bureau.postForm(form + "/approve", Map.of("version", version(seen))).status());
    }

    @Test
    void financeAddsAPeriodAndMovesADeadlineOnThePeriodsPage() {
        int year = 2094;
        Http.Response list = finance.get("/reports/periods?year=" + year);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains(year + "-10"));
        Http.Response bad = finance.postForm("/reports/periods", Map.of("year", year, "endMonth", "13", "label", "", "deadline", ""));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("截止月份“13”无效"));
        assertEquals(303, finance.postForm("/reports/periods", Map.of("year", year, "endMonth", "7", "label", "1—7月", "deadline", "")).status());
        assertEquals(303, finance.postForm("/reports/periods/" + year + "-06", Map.of("label", "半年", "deadline", year + "-07-25")).status());
        JsonNode periods = Json.parse(world.admin().get("/api/reporting-periods?year=" + year).body());
        assertEquals(5, periods.size());
        assertEquals("半年", periods.get(1).get("label").asText());
        assertEquals(year + "-07-25", periods.get(1).get("deadline").asText());
        assertEquals("1—7月", periods.get(2).get("label").asText());
        assertEquals(year + "-08-10", periods.get(2).get("deadline").asText(), "the default deadline");
        assertEquals(403, bureau.get("/reports/periods").status());
        assertTrue(finance.get("/reports/spend-upload").body().contains("金额（元）"), "the upload page documents its columns");
    }

    /** A form post as the form sends it, with only the spend filled in. */
    private Map<String, Object> fields(Long version, String spent) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", version == null ? "" : version);
        f.put("spentYuan", spent);
        f.put("adjustedBudgetYuan", "");
        f.put("spendDecreaseReason", "");
        f.put("action", "save");
        JsonNode report = Reports.get(world.script(bureauName), project, "2024-06");
        for (int i = 0; i < report.get("indicators").size(); i++) {
            f.put("i" + i + ".id", report.get("indicators").get(i).get("indicatorId").asLong());
        }
        return f;
    }

    /** Every indicator filled in as the form posts it. */
    private Map<String, Object> complete(String html) {
        Map<String, Object> f = fields(version(html), "1000");
        JsonNode report = Reports.get(world.script(bureauName), project, "2024-06");
        for (int i = 0; i < report.get("indicators").size(); i++) {
            boolean quantitative = report.get("indicators").get(i).get("kind").asText().equals("QUANTITATIVE");
            f.put("i" + i + (quantitative ? ".current" : ".grade"), quantitative ? "3" : "PARTIAL");
            f.put("i" + i + ".expected", "完成");
            f.put("i" + i + ".likelihood", "POSSIBLE");
            f.put("i" + i + ".causes", List.of("FUNDING", "OTHER"));
            f.put("i" + i + ".note", "上半年经费未到位");
            f.put("i" + i + ".action", "督促资金拨付");
        }
        return f;
    }

    private static long version(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "the form carries the version");
        return Long.parseLong(m.group(1));
    }
}
