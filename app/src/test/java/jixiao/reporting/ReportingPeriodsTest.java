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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting periods over HTTP. Each test uses a year of its own (the database is shared), so the
 * periods it adds do not show up in other tests' years.
 */
@MicronautTest
class ReportingPeriodsTest {

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;
    Http bureau;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
        bureau = world.script(world.user("BUREAU", List.of(world.unit("报告期单位"))));
    }

    @Test
    void aYearGetsTheDefaultPeriodsOnceEvenWhenAskedConcurrently() throws Exception {
        int year = 2091;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CyclicBarrier start = new CyclicBarrier(6);
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Http http = i % 2 == 0 ? finance : bureau;
                answers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return http.get("/api/reporting-periods?year=" + year);
                }));
            }
            for (Future<Http.Response> f : answers) {
                Http.Response r = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.status(), r.body());
                assertEquals(4, Json.parse(r.body()).size(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode periods = Json.parse(finance.get("/api/reporting-periods?year=" + year).body());
        assertEquals(Json.parse("""
                [{"code":"2091-03","year":2091,"endMonth":3,"label":"3月底","periodEnd":"2091-03-31","deadline":"2091-04-10"},
                 {"code":"2091-06","year":2091,"endMonth":6,"label":"6月底","periodEnd":"2091-06-30","deadline":"2091-07-10"},
                 {"code":"2091-10","year":2091,"endMonth":10,"label":"10月底","periodEnd":"2091-10-31","deadline":"2091-11-10"},
                 {"code":"2091-12","year":2091,"endMonth":12,"label":"12月底","periodEnd":"2091-12-31","deadline":"2092-01-10"}]"""), periods);
    }

    @Test
    void financeAddsAPeriodAndMovesADeadline() {
        int year = 2092;
        Http.Response added = finance.postJson("/api/reporting-periods?year=" + year,
                Json.write(Map.of("endMonth", 7, "label", "1—7月", "deadline", year + "-08-15")));
        assertEquals(201, added.status(), added.body());
        assertEquals("1—7月", Json.parse(added.body()).get("label").asText());
        JsonNode periods = Json.parse(finance.get("/api/reporting-periods?year=" + year).body());
        assertEquals(5, periods.size(), "the defaults were created first, then 1—7月");
        assertEquals(year + "-07", periods.get(2).get("code").asText());

        Http.Response moved = finance.putJson("/api/reporting-periods/" + year + "-06", Json.write(Map.of("deadline", year + "-07-20")));
        assertEquals(200, moved.status(), moved.body());
        assertEquals(year + "-07-20", Json.parse(moved.body()).get("deadline").asText());
        assertEquals("6月底", Json.parse(moved.body()).get("label").asText(), "the label stays");

        JsonNode trail = Json.parse(finance.get("/api/audit?entityType=REPORTING_PERIOD").body());
        assertTrue(trail.toString().contains(year + "-07-20"), "the move is in the audit trail");
        assertTrue(trail.toString().contains("1—7月"), "the new period is in the audit trail");

        // A report can be filed for the new period.
        Map<String, Object> p = Projects.leting(world.unit("新报告期单位"), "P" + World.next(), "新报告期项目" + World.next());
        p.put("year", year);
        long project = Projects.create(finance, p);
        Http.Response report = finance.putJson(Reports.path(project, year + "-07"), Json.write(Reports.body(null, "100", List.of())));
        assertEquals(200, report.status(), report.body());
        assertEquals("1—7月", Json.parse(report.body()).get("periodLabel").asText());
        assertEquals(year + "-08-15", Json.parse(report.body()).get("deadline").asText());
    }

    @Test
    void aPeriodAddedByMistakeIsDeletedWhileNothingHangsOnIt() {
        int year = 2067;
        assertEquals(201, finance.postJson("/api/reporting-periods?year=" + year, Json.write(Map.of("endMonth", 7))).status());
        assertEquals(403, bureau.delete("/api/reporting-periods/" + year + "-07").status());
        assertEquals(204, finance.delete("/api/reporting-periods/" + year + "-07").status());
        JsonNode left = Json.parse(finance.get("/api/reporting-periods?year=" + year).body());
        assertEquals(4, left.size(), left.toString());
        assertTrue(Json.parse(finance.get("/api/audit?entityType=REPORTING_PERIOD").body()).toString().contains("DELETE"),
                "the deletion is in the audit trail");

        // a period with a report stays
        Map<String, Object> p = Projects.leting(world.unit("删报告期单位"), "P" + World.next(), "删报告期项目" + World.next());
        p.put("year", year);
        long project = Projects.create(finance, p);
        assertEquals(200, finance.putJson(Reports.path(project, year + "-06"), Json.write(Reports.body(null, "100", List.of()))).status());
        Http.Response kept = finance.delete("/api/reporting-periods/" + year + "-06");
        assertEquals(409, kept.status(), kept.body());
        assertTrue(kept.body().contains("报告期 " + year + "-06 已有 1 份项目报告，不能删除"), kept.body());

        // through the page: a notice after deleting, the reason when refused, and the year keeps one period
        Http page = world.browser(world.user("FINANCE", List.of()));
        Http.Response deleted = page.postForm("/reports/periods/" + year + "-03/delete", Map.of());
        assertEquals(303, deleted.status(), deleted.body());
        assertTrue(page.get(deleted.location()).body().contains("<p class=\"flash\" role=\"status\">已删除</p>"));
        assertEquals(204, finance.delete("/api/reporting-periods/" + year + "-10").status());
        assertEquals(204, finance.delete("/api/reporting-periods/" + year + "-12").status());
        Http.Response last = page.postForm("/reports/periods/" + year + "-06/delete", Map.of());
        assertEquals(409, last.status());
        assertTrue(last.body().contains("已有 1 份项目报告"), last.body());
        assertEquals(1, Json.parse(finance.get("/api/reporting-periods?year=" + year).body()).size());

        int other = year + 1;
        for (String month : List.of("03", "06", "10")) {
            assertEquals(204, finance.delete("/api/reporting-periods/" + other + "-" + month).status());
        }
        Http.Response only = finance.delete("/api/reporting-periods/" + other + "-12");
        assertEquals(409, only.status());
        assertTrue(only.body().contains("是 " + other + " 年度唯一的报告期"), only.body());
    }

    @Test
    void refusesBadPeriodsAndBureaus() {
        int year = 2093;
        assertProblem(finance.postJson("/api/reporting-periods?year=" + year, Json.write(Map.of("endMonth", 13))), "endMonth", "截止月份“13”无效");
        assertProblem(finance.postJson("/api/reporting-periods?year=" + year, Json.write(Map.of("endMonth", 6))), "endMonth", "报告期 2093-06 已存在");
        assertProblem(finance.postJson("/api/reporting-periods?year=" + year, Json.write(Map.of("endMonth", 8, "deadline", year + "-08-15"))),
                "deadline", "填报截止日期 2093-08-15 早于报告期末 2093-08-31");
        assertProblem(finance.postJson("/api/reporting-periods?year=" + year, Json.write(Map.of("endMonth", 8, "deadline", "下月十号"))),
                "deadline", "填报截止日期“下月十号”无效");
        assertProblem(finance.postJson("/api/reporting-periods", Json.write(Map.of("endMonth", 8))), "year", "请指定报告期所属年度");
        assertProblem(finance.putJson("/api/reporting-periods/" + year + "-05", Json.write(Map.of("deadline", year + "-06-10"))),
                "period", "报告期 2093-05 不存在");
        assertEquals(4, Json.parse(finance.get("/api/reporting-periods?year=" + year).body()).size(), "nothing was added");
        assertEquals(403, bureau.postJson("/api/reporting-periods?year=" + year, Json.write(Map.of("endMonth", 8))).status());
        assertEquals(403, bureau.putJson("/api/reporting-periods/" + year + "-06", Json.write(Map.of("deadline", year + "-07-20"))).status());
        assertEquals(200, bureau.get("/api/reporting-periods?year=" + year).status(), "bureaus see the periods and deadlines");
    }

    private static void assertProblem(Http.Response r, String field, String wording) {
        assertEquals(400, r.status(), r.body());
        List<String> problems = Reports.problems(r);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(field + ": ") && p.contains(wording)), problems.toString());
    }
}
