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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bureau fills several projects' cumulative spend in its unit's table and saves once. Year 2149. */
@MicronautTest
class BulkSpendTest {

    private static final int YEAR = 2149;
    private static final String PERIOD = YEAR + "-06";

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    Http bureau;
    Http api;
    long a;
    long b;
    long c;
    long submitted;
    String page;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("汇总单位");
        String name = world.user("BUREAU", List.of(unit));
        bureau = world.browser(name);
        api = world.script(name);
        a = project("甲项目");
        b = project("乙项目");
        c = project("丙项目");
        submitted = project("丁项目");
        JsonNode d = Reports.get(api, submitted, PERIOD);
        assertEquals(200, api.putJson(Reports.path(submitted, PERIOD), Json.write(Reports.body(null, "5000", Reports.complete(d)))).status());
        assertEquals(200, api.postJson(Reports.path(submitted, PERIOD) + "/submit", "{}").status());
        page = "/reports/units/" + unit + "/" + PERIOD;
    }

    private long project(String name) {
        Map<String, Object> p = Projects.leting(unit, "BS" + World.next(), name + World.next());
        p.put("year", YEAR);
        return Projects.create(api, p);
    }

    private String nameOf(long project) {
        return Reports.get(api, project, PERIOD).get("projectName").asText();
    }

    /** The table's lines: project id → version ("" when not saved) and spend. */
    private static Map<String, Object> lines(Object... idVersionSpent) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < idVersionSpent.length / 3; i++) {
            f.put("p" + i + ".id", String.valueOf(idVersionSpent[3 * i]));
            f.put("p" + i + ".version", idVersionSpent[3 * i + 1] == null ? "" : String.valueOf(idVersionSpent[3 * i + 1]));
            f.put("p" + i + ".spent", String.valueOf(idVersionSpent[3 * i + 2]));
        }
        return f;
    }

    private JsonNode report(long project) {
        return Reports.get(api, project, PERIOD);
    }

    @Test
    void theTableOffersOpenLinesAndShowsSubmittedOnesReadOnly() {
        String html = bureau.get(page).body();
        assertTrue(html.contains("id=\"bulk-spend\""), html);
        assertTrue(html.contains("value=\"" + a + "\"") && html.contains("value=\"" + c + "\""), "open lines are in the form");
        assertFalse(html.contains("value=\"" + submitted + "\""), "the submitted report has no field");
        assertTrue(html.contains("已提交或已审核，不能在此修改"));
    }

    @Test
    void threeProjectsSavedInOnePostAsNormalSaves() {
        Http.Response saved = bureau.postForm(page, lines(a, null, "12000", b, null, "1,500.50", c, null, "30000"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(page + "?done=saved", saved.location());
        assertEquals("12000.00", report(a).get("spentYuan").asText());
        assertEquals("1500.50", report(b).get("spentYuan").asText());
        assertEquals("30000.00", report(c).get("spentYuan").asText());
        assertEquals("DRAFT", report(a).get("status").asText());
        assertEquals(0L, report(a).get("version").asLong());
        String audit = world.admin().get("/api/audit?entityType=PERIOD_REPORT&entityId=" + report(b).get("reportId").asLong()).body();
        assertTrue(audit.contains("1500.50"), audit);

        Http.Response again = bureau.postForm(page, lines(a, 0, "12000", b, 0, "2000", c, 0, "30000.00"));
        assertEquals(303, again.status(), again.body());
        assertEquals(0L, report(a).get("version").asLong(), "an unchanged line is not saved again");
        assertEquals(1L, report(b).get("version").asLong());
        assertEquals("2000.00", report(b).get("spentYuan").asText());
    }

    @Test
    void aBadAmountInOneLineSavesNothingAndNamesTheProject() {
        Http.Response refused = bureau.postForm(page, lines(a, null, "12000", b, null, "一万", c, null, "40000"));
        assertEquals(400, refused.status(), refused.body());
        String html = refused.body();
        assertTrue(html.contains("项目“" + nameOf(b) + "”：累计支出（元）"), html);
        assertTrue(html.contains("项目“" + nameOf(c) + "”："), "the over-budget line is named as well");
        assertTrue(html.contains("value=\"一万\""), "what was typed is kept");
        assertTrue(html.contains("未保存任何内容"));
        for (long p : List.of(a, b, c)) {
            assertTrue(report(p).get("version").isNull(), "nothing stored for " + p);
        }
    }

    @Test
    void aStaleLineSavesNothingAndNamesTheProject() {
        assertEquals(200, api.putJson(Reports.path(a, PERIOD), Json.write(Reports.body(null, "100", List.of()))).status());
        assertEquals(200, api.putJson(Reports.path(a, PERIOD), Json.write(Reports.body(0, "200", List.of()))).status());
        Http.Response stale = bureau.postForm(page, lines(b, null, "1000", a, 0, "300", c, null, "3000"));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.body().contains("项目“" + nameOf(a) + "”的报告已被他人修改"), stale.body());
        assertEquals("200.00", report(a).get("spentYuan").asText());
        assertTrue(report(b).get("version").isNull(), "the line saved before the stale one was rolled back");
        assertTrue(report(c).get("version").isNull());
    }

    @Test
    void aSubmittedReportIsNotChangedFromTheTable() {
        Http.Response refused = bureau.postForm(page, lines(a, null, "1000", submitted, 1, "9000"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("项目“" + nameOf(submitted) + "”的报告已提交"), refused.body());
        assertEquals("5000.00", report(submitted).get("spentYuan").asText());
        assertEquals("SUBMITTED", report(submitted).get("status").asText());
        assertTrue(report(a).get("version").isNull());
    }
}
