package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, web tables over HTTP: a page's HTML sent as {@code text/html}, HTML pasted on the import page, and
 * published web tables (app/src/test/resources/published, see SOURCES.md) read end to end.
 */
@MicronautTest
class WebImportTest {

    private static final String IMPORT = "/api/imports/target-tables";

    @Inject
    EmbeddedServer server;

    static String published(String file) {
        try (InputStream in = WebImportTest.class.getResourceAsStream("/published/" + file)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing from classpath: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Http.Response postHtml(Http client, String query, String html) {
        return client.postBytes(IMPORT + query, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Each table as the API answered it: identity, money, plan, and every indicator with its target. */
    private static List<String> summary(JsonNode answer) {
        List<String> lines = new ArrayList<>();
        for (String kind : List.of("departmentTargets", "projects")) {
            answer.get(kind).forEach(t -> {
                lines.add(kind + "|" + t.get("unitCode").asText() + "|" + t.get("code").asText() + "|" + t.get("name").asText()
                        + "|" + t.get("moneyUnit").asText() + "|" + t.get("budget").asText() + "|" + t.get("fiscalFunds").asText()
                        + "|" + t.get("spendPlan") + "|" + t.get("keyTasks").size());
                t.get("indicators").forEach(i -> lines.add(i.get("level1").asText() + "|" + i.get("level2").asText() + "|"
                        + i.get("name").asText() + "|" + i.get("target").get("text").asText()));
            });
        }
        return lines;
    }

    @Test
    void aWebPageSentAsHtmlGivesTheTablesOfTheSeedsText() {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        // 彭阳's tables print no unit code: they go to the unit chosen
        String query = "?year=2024&dryRun=true&unitCode=" + world.unit("彭阳县司法局");
        for (String seed : List.of("leting-2024.txt", "pengyang-2024.txt", "huadu-department.txt")) {
            String text = Seeds.text(seed);
            Http.Response fromText = finance.postText(IMPORT + query, text);
            Http.Response fromPage = postHtml(finance, query, WebTables.page(text));
            assertEquals(200, fromText.status(), fromText.body());
            assertEquals(200, fromPage.status(), fromPage.body());
            List<String> expected = summary(Json.parse(fromText.body()));
            assertTrue(expected.size() > 10, seed + ": " + expected);
            assertEquals(expected, summary(Json.parse(fromPage.body())), seed);
        }
    }

    @Test
    void aPageWithoutYearOrBeyondTheLimitsIsRefusedInChinese() {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        Http.Response noYear = postHtml(finance, "?dryRun=true", WebTables.page(Seeds.text("pengyang-2024.txt")));
        assertEquals(400, noYear.status(), noYear.body());
        assertTrue(noYear.body().contains("年度"), noYear.body());
        Http.Response bomb = postHtml(finance, "?year=2024&dryRun=true",
                "<table><tr><td rowspan=\"65534\" colspan=\"1000\">x</td></tr>" + "<tr><td>a</td></tr>".repeat(500) + "</table>");
        assertEquals(400, bomb.status(), bomb.body());
        assertTrue(bomb.body().contains("单元格") && bomb.body().contains("200000"), bomb.body());
        Http.Response empty = postHtml(finance, "?year=2024&dryRun=true", "<html><body><script>x()</script></body></html>");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.body().contains("导入内容为空"), empty.body());
    }

    @Test
    void theImportPageReadsTheTablesOfPastedHtmlRatherThanItsText() {
        World world = new World(server.getURL().toString());
        Http browser = world.browser(world.user("FINANCE", List.of()));
        Http.Response form = browser.get("/imports");
        assertTrue(form.body().contains("<script src=\"/static/import-form.js\">") && form.body().contains("name=\"html\""),
                "the page captures the clipboard's HTML");
        Http.Response script = browser.get("/static/import-form.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("getData('text/html')"), script.body());

        String unit = world.unit("银川二十一小");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrfToken", browser.csrfToken().orElseThrow());
        fields.put("year", "2019");
        fields.put("unitCode", unit);
        fields.put("intoUnit", "true");
        // what the text area shows is only the plain text; alone it holds no table
        fields.put("text", "（网页中复制的纯文本）");
        Http.Response textOnly = browser.postMultipart("/imports/preview", "file", "", new byte[0], fields);
        assertTrue(textOnly.body().contains("文本中没有找到绩效目标表"), "the plain text alone is no table");
        fields.put("html", published("ningxia-yinchuan21-2019.html"));
        Http.Response preview = browser.postMultipart("/imports/preview", "file", "", new byte[0], fields);
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("义务教育专项资金-宁夏银川市二十一小"), "the project of the pasted table");
        assertTrue(preview.body().contains("当年在校学生数4953"), "its indicators");
        assertTrue(preview.body().contains("义务教育专项资金-宁夏银川市二十一小\t"), "the confirmation carries the table's rows");
    }

    @Test
    void publishedWebTablesAreReadEndToEnd() {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        String unit = world.unit("宁夏学校");
        String query = "?year=2019&dryRun=true&intoUnit=true&unitCode=" + unit;

        Http.Response changqing = postHtml(finance, query, published("ningxia-changqing-2019.html"));
        assertEquals(200, changqing.status(), changqing.body());
        JsonNode c = single(changqing);
        assertEquals("学校体育设施向社会免费开放", c.get("name").asText());
        assertEquals("万元", c.get("moneyUnit").asText());
        assertEquals(0, new java.math.BigDecimal("5").compareTo(new java.math.BigDecimal(c.get("budget").asText())), c.toString());
        assertEquals(7, c.get("indicators").size(), c.toString());
        assertIndicator(c, 0, "产出指标", "成本指标", "成本控制", "按照资金测算控制各项成本。");
        assertIndicator(c, 3, "产出指标", "质量指标", "开放质量", "全面落实学校体育设施向社会开放工作。");
        assertIndicator(c, 4, "满意度指标", "服务对象满意度指标", "学生及群众的满意率", "95%以上。");
        assertIndicator(c, 6, "效益指标", "社会效益指标", "发展全民健身运动", "通过本项目实施,有效提高全面健康水平。");

        Http.Response yinchuan = postHtml(finance, query, published("ningxia-yinchuan21-2019.html"));
        assertEquals(200, yinchuan.status(), yinchuan.body());
        JsonNode y = single(yinchuan);
        assertEquals("义务教育专项资金-宁夏银川市二十一小", y.get("name").asText());
        assertEquals(0, new java.math.BigDecimal("372").compareTo(new java.math.BigDecimal(y.get("budget").asText())), y.toString());
        assertEquals(0, new java.math.BigDecimal("372").compareTo(new java.math.BigDecimal(y.get("fiscalFunds").asText())), y.toString());
        assertEquals(8, y.get("indicators").size(), y.toString());
        assertIndicator(y, 1, "产出指标", "数量指标", "当年在校学生数", "当年在校学生数4953");
        assertIndicator(y, 2, "产出指标", "质量指标", "义务教育学校正常运转", "按要求完成当年的教育教学工作");
        assertIndicator(y, 7, "效益指标", "可持续影响指标", "长期实施", "自治区政策,长期实施");

        // the same table copied from the page as text: rows under merged cells have fewer cells
        Http.Response copied = finance.postText(IMPORT + query, published("ningxia-yinchuan21-2019-copied.txt"));
        assertEquals(200, copied.status(), copied.body());
        assertEquals(summary(Json.parse(yinchuan.body())), summary(Json.parse(copied.body())));
        assertTrue(Json.parse(copied.body()).get("projects").get(0).get("warnings").toString().indexOf("错位") < 0,
                copied.body());
    }

    private static JsonNode single(Http.Response answer) {
        JsonNode projects = Json.parse(answer.body()).get("projects");
        assertEquals(1, projects.size(), answer.body());
        return projects.get(0);
    }

    private static void assertIndicator(JsonNode table, int index, String level1, String level2, String name, String target) {
        JsonNode i = table.get("indicators").get(index);
        assertEquals(level1 + "|" + level2 + "|" + name + "|" + target, i.get("level1").asText() + "|" + i.get("level2").asText()
                + "|" + i.get("name").asText() + "|" + i.get("target").get("text").asText(), table.toString());
    }
}
