package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the person importing chooses and what the tables print: a year printed in the text that differs from
 * the chosen one is stored only once confirmed; a unit code two counties share goes where the person says;
 * a re-import says what it created, updated and left unchanged.
 */
@MicronautTest(transactional = false)
class ImportChoicesTest {

    private static final String API = "/api/imports/target-tables";

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;
    Http browser;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        String financeName = world.user("FINANCE", List.of());
        finance = world.script(financeName);
        browser = world.browser(financeName);
    }

    /* 彭阳 prints "2024 年部门项目支出预算绩效目标表" over each of its 12 tables; the person chose 2056. */
    @Test
    void aPrintedYearOtherThanTheChosenOne_isAWarningInThePreview_andStoredOnlyOnceConfirmed() {
        String unit = world.unit("彭阳县司法局本级");
        String text = Seeds.text("pengyang-2024.txt");
        String query = API + "?year=2056&unitCode=" + unit;

        Http.Response preview = finance.postText(query, text);
        assertEquals(200, preview.status(), preview.body());
        JsonNode first = Json.parse(preview.body()).get("projects").get(0);
        assertEquals(2024, first.get("printedYear").asInt());
        assertEquals(2056, first.get("year").asInt());
        assertTrue(first.get("warnings").toString().contains("表中印的年度是 2024 年，而所选导入年度是 2056 年"), first.get("warnings").toString());

        Http.Response refused = finance.postText(query + "&dryRun=false", text);
        assertEquals(400, refused.status(), refused.body());
        JsonNode problem = Json.parse(refused.body()).get("problems").get(0);
        assertEquals("confirmYear", problem.get("field").asText());
        assertTrue(problem.get("message").asText().startsWith("第1个表《2024年“司法协理”基层服务专项计划资金》：表中印的年度是 2024 年，所选导入年度是 2056 年，未保存"),
                problem.get("message").asText());
        assertEquals(12, Json.parse(refused.body()).get("problems").size(), "each table named");
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2056&unitCode=" + unit).body()).size(), "nothing stored");

        Http.Response confirmed = finance.postText(query + "&dryRun=false&confirmYear=true", text);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(12, Json.parse(finance.get("/api/projects?year=2056&unitCode=" + unit).body()).size());

        JsonNode sameYear = Json.parse(finance.postText(API + "?year=2024&unitCode=" + unit, text).body());
        assertFalse(sameYear.toString().contains("表中印的年度"), "no warning when the years agree");
        assertTrue(sameYear.get("projects").get(0).get("printedYear").asInt() == 2024);
    }

    @Test
    void onThePage_thePreviewOffersTheConfirmation_andConfirmingWithoutItIsRefused() {
        String unit = world.unit("彭阳县司法局本级");
        String text = Seeds.text("pengyang-2024.txt");
        String csrf = Http.csrfFieldOf(browser.get("/imports").body()).orElseThrow();
        Http.Response preview = browser.postMultipart("/imports/preview", "file", "", new byte[0],
                Map.of("csrfToken", csrf, "year", "2057", "unitCode", unit, "text", text));
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("表中印的年度是 2024 年，而所选导入年度是 2057 年"));
        assertTrue(preview.body().contains("name=\"confirmYear\"") && preview.body().contains("确认按所选年度 2057 年导入"),
                "the checkbox to confirm");

        Map<String, Object> form = new LinkedHashMap<>(Map.of("year", "2057", "unitCode", unit, "text", text));
        Http.Response refused = browser.postForm("/imports/confirm", form);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("表中印的年度是 2024 年，所选导入年度是 2057 年，未保存"), refused.body());
        assertTrue(refused.body().contains("name=\"confirmYear\""), "the person can still confirm");
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2057&unitCode=" + unit).body()).size());

        form.put("confirmYear", "true");
        Http.Response stored = browser.postForm("/imports/confirm", form);
        assertEquals(200, stored.status(), stored.body());
        assertEquals(12, Json.parse(finance.get("/api/projects?year=2057&unitCode=" + unit).body()).size());
    }

    /* A workbook whose title prints 2023 while its sheet says 年度 2058. */
    @Test
    void aWorkbookTitlePrintingAnotherYear_needsTheSameConfirmation() throws IOException {
        byte[] template = browser.getBytes("/imports/template.xlsx");
        byte[] book;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = workbook.getSheetAt(1);
            sheet.getRow(0).getCell(0).setCellValue("2023年项目支出绩效目标表");
            for (var row : sheet) {
                if (row.getCell(0) != null && "年度".equals(row.getCell(0).toString().strip())) {
                    row.getCell(1).setCellValue(2058);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            book = out.toByteArray();
        }
        String unit = world.unit("乐亭县司法局本级");
        Http.Response preview = finance.postMultipart(API + "?unitCode=" + unit, "file", "表.xlsx", book, Map.of());
        assertEquals(200, preview.status(), preview.body());
        JsonNode table = Json.parse(preview.body()).get("projects").get(0);
        assertEquals(2058, table.get("year").asInt());
        assertEquals(2023, table.get("printedYear").asInt());
        Http.Response refused = finance.postMultipart(API + "?dryRun=false&unitCode=" + unit, "file", "表.xlsx", book, Map.of());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("表中印的年度是 2023 年，所选导入年度是 2058 年，未保存"), refused.body());
        Http.Response stored = finance.postMultipart(API + "?dryRun=false&confirmYear=true&unitCode=" + unit, "file", "表.xlsx",
                book, Map.of());
        assertEquals(200, stored.status(), stored.body());
    }

    /*
     * 兴隆 prints the same unit code as the registered 乐亭 unit. Without a choice its tables are folded into 乐亭
     * (with a warning that says how to avoid it); with "导入到所选单位" they go into 兴隆.
     */
    @Test
    void twoCountiesWithTheSameUnitCode_thePersonImportsIntoTheUnitTheyChoose() {
        String leting = world.unit("乐亭县司法局本级");
        String xinglong = world.unit("兴隆县司法局本级");
        String text = Seeds.text("leting-2024.txt").replace("315001乐亭县司法局本级", leting + "兴隆县司法局本级");

        JsonNode folded = Json.parse(finance.postText(API + "?year=2059", text).body());
        assertEquals(leting, folded.get("projects").get(0).get("unitCode").asText(), "by the printed code");
        assertTrue(folded.get("projects").get(0).get("warnings").toString().contains("导入到所选单位（忽略表中单位编码）"),
                "the warning tells how to choose the unit");

        Http.Response noUnit = finance.postText(API + "?year=2059&intoUnit=true", text);
        assertEquals(400, noUnit.status());
        assertTrue(noUnit.body().contains("没有选择单位"), noUnit.body());

        String csrf = Http.csrfFieldOf(browser.get("/imports").body()).orElseThrow();
        assertTrue(browser.get("/imports").body().contains("name=\"intoUnit\""), "the page offers the choice");
        Http.Response preview = browser.postMultipart("/imports/preview", "file", "", new byte[0],
                Map.of("csrfToken", csrf, "year", "2059", "unitCode", xinglong, "intoUnit", "true", "text", text));
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("表中单位编码为 " + leting + "，按所选单位 " + xinglong + " 导入"), "says what it does");
        assertTrue(preview.body().contains("name=\"intoUnit\" value=\"true\""), "the confirm form carries the choice");
        Http.Response stored = browser.postForm("/imports/confirm",
                Map.of("year", "2059", "unitCode", xinglong, "intoUnit", "true", "text", text));
        assertEquals(200, stored.status(), stored.body());
        assertEquals(6, Json.parse(finance.get("/api/projects?year=2059&unitCode=" + xinglong).body()).size());
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2059&unitCode=" + leting).body()).size());
    }

    /* The same 12 tables again, one of them with another amount: 1 updated, 11 unchanged, none created. */
    @Test
    void aReimportSaysWhatWasCreatedUpdatedAndLeftUnchanged() {
        String unit = world.unit("彭阳县司法局本级");
        String text = Seeds.text("pengyang-2024.txt");
        String store = API + "?year=2024&dryRun=false&unitCode=" + unit;

        JsonNode first = Json.parse(finance.postText(store, text).body());
        assertEquals(List.of("CREATED"), distinct(statuses(first)));

        JsonNode again = Json.parse(finance.postText(store, text.replace("项目年度金额\t10.000000", "项目年度金额\t12.000000")).body());
        List<String> statuses = statuses(again);
        assertEquals(1, statuses.stream().filter("UPDATED"::equals).count(), statuses.toString());
        assertEquals(11, statuses.stream().filter("UNCHANGED"::equals).count(), statuses.toString());

        Http.Response page = browser.postForm("/imports/confirm", Map.of("year", "2024", "unitCode", unit, "text", text));
        assertEquals(200, page.status(), page.body());
        String body = page.body();
        assertTrue(body.contains("已导入 12 个表：新建 0 个，更新 1 个，未变 11 个"), body.replaceAll("\\s+", " "));
        assertEquals(11, count(body, "data-status=\"UNCHANGED\">未变<"));
        assertEquals(1, count(body, "data-status=\"UPDATED\">更新<"));
    }

    private static List<String> statuses(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("projects").forEach(t -> out.add(t.get("status").asText()));
        return out;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
