package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.common.Messages;
import jixiao.testing.ChartPage;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static jixiao.testing.ChartPage.texts;
import static jixiao.testing.ChartPage.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-evaluation summary's charts: totals by score band and grades by unit, the same numbers as the tables
 * beside them and as the totals the fixture's entries earn. Fiscal year 2035 (the years given, 2131–2145, are
 * beyond what a project may have; taken a century earlier).
 */
@MicronautTest(transactional = false)
class EvaluationChartsTest {

    private static final int YEAR = 2035;

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;
    Http financeBrowser;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        String name = world.user("FINANCE", List.of());
        finance = world.script(name);
        financeBrowser = world.browser(name);
    }

    @Test
    void scoreBandsAndGradesPerUnit_asTheTablesAndTheEntriesSay() {
        String east = world.unit("图表东单位");
        String west = world.unit("图表西单位");
        // one ≥100 target a level: 产出 50, 效益 30, 满意度 10, 执行率 10; actual ÷ 100 × weight below the target
        assertEquals("100", total(evaluated(east, "10000", "100"), finance));  // 优, ≥90
        assertEquals("90", total(evaluated(east, "10000", "80"), finance));    // 10 + 40 + 30 + 10: 优, the band's bound
        assertEquals("85", total(evaluated(east, "5000", "80"), finance));     // 5 + 40 + 30 + 10: 良, 80–90
        assertEquals("75", total(evaluated(west, "10000", "50"), finance));    // 10 + 25 + 30 + 10: 中, 70–80
        assertEquals("50", total(evaluated(west, "0", "20"), finance));        // 0 + 10 + 30 + 10: 差, <60
        project(west); // nobody has evaluated it: 未计分

        ChartPage page = new ChartPage(financeBrowser.get("/evaluations?year=" + YEAR).body());
        JsonNode distribution = page.chart("chart-evaluation-distribution");
        assertEquals(List.of("<60", "60–70", "70–80", "80–90", "≥90"), texts(distribution.get("categories")),
                "the national grade bands cut at every ten points");
        List<List<String>> bandRows = page.rows(page.tableOf("chart-evaluation-distribution"));
        assertEquals(texts(distribution.get("categories")), bandRows.stream().map(r -> r.get(0)).toList());
        // other tests' evaluations of the year would count too: compare what this test added
        List<String> counts = values(distribution, 0);
        assertEquals(bandRows.stream().map(r -> r.get(1)).toList(), counts);

        ChartPage ofUnits = new ChartPage(financeBrowser.get("/evaluations?year=" + YEAR + "&unitCode=" + east).body());
        assertEquals(List.of("0", "0", "0", "1", "2"), values(ofUnits.chart("chart-evaluation-distribution"), 0));
        ChartPage ofWest = new ChartPage(financeBrowser.get("/evaluations?year=" + YEAR + "&unitCode=" + west).body());
        assertEquals(List.of("1", "0", "1", "0", "0"), values(ofWest.chart("chart-evaluation-distribution"), 0));

        JsonNode byUnit = page.chart("chart-evaluation-units");
        assertTrue(byUnit.get("stacked").asBoolean());
        List<String> grades = new ArrayList<>();
        byUnit.get("series").forEach(s -> grades.add(s.get("name").asText()));
        assertEquals(List.of("优", "良", "中", "差", "未计分"), grades);
        List<String> units = texts(byUnit.get("categories"));
        int e = units.indexOf("图表东单位" + east);
        int w = units.indexOf("图表西单位" + west);
        assertTrue(e >= 0 && w >= 0, units.toString());
        assertEquals(List.of("2", "1", "0", "0", "0"), gradeCounts(byUnit, e));
        assertEquals(List.of("0", "0", "1", "1", "1"), gradeCounts(byUnit, w));
        String table = page.tableOf("chart-evaluation-units");
        List<Element> rows = page.rowElements(table);
        assertEquals(units.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = page.rows(table).get(i);
            assertTrue(cells.get(0).endsWith(texts(byUnit.get("categories")).get(i)), cells.get(0));
            assertEquals(gradeCounts(byUnit, i), cells.subList(1, cells.size()), "row " + i);
        }
        assertEquals(east, rows.get(e).attr("data-unit"));
    }

    @Test
    void noProjects_noBars() {
        String empty = world.unit("图表无项目单位");
        ChartPage page = new ChartPage(financeBrowser.get("/evaluations?year=" + YEAR + "&unitCode=" + empty).body());
        JsonNode distribution = page.chart("chart-evaluation-distribution");
        assertEquals(List.of("0", "0", "0", "0", "0"), values(distribution, 0));
        assertEquals(Messages.text("chart.empty"), distribution.get("emptyText").asText());
        assertEquals(0, page.chart("chart-evaluation-units").get("categories").size());
    }

    private List<String> gradeCounts(JsonNode chart, int category) {
        List<String> counts = new ArrayList<>();
        chart.get("series").forEach(s -> counts.add(ChartPage.plain(s.get("values").get(category).decimalValue())));
        return counts;
    }

    private long project(String unit) {
        Map<String, Object> p = Projects.leting(unit, "E" + YEAR + "X" + World.next(), "自评图表项目" + World.next());
        p.put("year", YEAR);
        p.put("moneyUnit", "元");
        p.put("budget", "10000");
        p.put("fiscalFunds", "10000");
        p.put("otherFunds", "");
        p.put("indicators", List.of(
                Projects.indicator("产出指标", "数量指标", "培训场次", "≥100场"),
                Projects.indicator("效益指标", "社会效益指标", "受益人数", "≥100人"),
                Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥100%")));
        return Projects.create(finance, p);
    }

    /** A project whose saved (draft) sheet has {@code executed} of 10000 元 spent and 培训场次 at {@code output}. */
    private long evaluated(String unit, String executed, String output) {
        long id = project(unit);
        String path = "/api/projects/" + id + "/self-evaluation";
        JsonNode rows = Json.parse(finance.get(path).body()).get("indicators");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("indicatorId", row.get("indicatorId").asLong());
            entry.put("actual", entries.isEmpty() ? output : "100");
            entry.put("deviationReason", "部分培训延期，下年度提前安排");
            entries.add(entry);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("version", null);
        input.put("fiscalInitial", "10000");
        input.put("fiscalFullYear", "10000");
        input.put("fiscalExecuted", executed);
        for (String source : List.of("carryover", "other")) {
            input.put(source + "Initial", "0");
            input.put(source + "FullYear", "0");
            input.put(source + "Executed", "0");
        }
        input.put("indicators", entries);
        Http.Response saved = finance.putJson(path, Json.write(input));
        assertEquals(200, saved.status(), saved.body());
        return id;
    }

    private static String total(long projectId, Http http) {
        JsonNode sheet = Json.parse(http.get("/api/projects/" + projectId + "/self-evaluation").body());
        return ChartPage.plain(new BigDecimal(sheet.get("total").asText()));
    }
}
