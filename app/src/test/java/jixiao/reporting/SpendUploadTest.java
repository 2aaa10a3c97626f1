package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finance's bulk spend upload through the pages, on the projects of all five seed tables. The seeds
 * are imported into a year no other test uses; 兴隆 states the same unit code as 乐亭 for another
 * bureau, so it is imported under a code of its own.
 */
@MicronautTest
class SpendUploadTest {

    private static final int YEAR = 2077;
    private static List<Project> seeded;

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;
    Http browser;

    record Project(long id, String code, String unitCode, String name, BigDecimal budget) {
    }

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        String financeName = world.user("FINANCE", List.of());
        finance = world.script(financeName);
        browser = world.browser(financeName);
        if (seeded == null) {
            seeded = importSeeds();
        }
    }

    private List<Project> importSeeds() {
        String xinglong = world.unit("兴隆县司法局");
        importSeed(seed("leting-2024.txt"), null);
        importSeed(seed("huadu-department.txt"), world.unit("花都区司法局"));
        importSeed(seed("pengyang-2024.txt"), world.unit("彭阳县司法局"));
        importSeed(seed("binhai-2024.txt"), null);
        importSeed(seed("xinglong-2025.txt").replace("315001", xinglong), xinglong);
        List<Project> out = new ArrayList<>();
        for (JsonNode p : Json.parse(finance.get("/api/projects?year=" + YEAR).body())) {
            out.add(new Project(p.get("id").asLong(), p.get("code").isNull() ? null : p.get("code").asText(), p.get("unitCode").asText(),
                    p.get("name").asText(), new BigDecimal(p.get("budgetYuan").asText())));
        }
        assertTrue(out.size() >= 20, "the seeds give many projects: " + out.size());
        assertTrue(out.stream().anyMatch(p -> p.code() == null), "some have no code (彭阳)");
        return out;
    }

    private void importSeed(String text, String unitCode) {
        // The seeds print 2024 (彭阳 in its headings): imported into a year of their own, as confirmed.
        Http.Response r = finance.postText("/api/imports/target-tables?year=" + YEAR + "&dryRun=false&confirmYear=true"
                + (unitCode == null ? "" : "&unitCode=" + unitCode), text);
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void aFileCoveringEverySeedProjectFillsAllTheirReportsAtOnce() {
        StringBuilder csv = new StringBuilder("项目编码,项目ID,单位编码,项目名称,日期,金额（元）,说明\n");
        Map<Long, BigDecimal> expected = new LinkedHashMap<>();
        int byId = 0;
        for (Project p : seeded) {
            BigDecimal total = p.budget().min(new BigDecimal("100.00"));
            BigDecimal first = total.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
            expected.put(p.id(), total);
            String who;
            if (p.code() == null) {
                who = ",," + p.unitCode() + "," + quoted(p.name());
            } else if (byId++ < 3) {
                who = "," + p.id() + ",,";
            } else {
                who = p.code() + ",,,";
            }
            csv.append(who).append(",").append(YEAR).append("-02-10,").append(first.toPlainString()).append(",\n");
            csv.append(who).append(",").append(YEAR).append("/6/30,").append(total.subtract(first).toPlainString()).append(",\n");
            csv.append(who).append(",").append(YEAR).append("-07-01,999.00,\n");
        }
        csv.append("NOSUCHCODE,,,,").append(YEAR).append("-03-01,50.00,\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        Http.Response preview = upload(file, "支出.csv", YEAR + "-06", "PAYMENTS");
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("确认导入（" + seeded.size() + " 个项目）"), "every seed project is matched");
        assertTrue(preview.body().contains("1 行没有匹配到项目"), "the unmatched row is listed");
        assertTrue(preview.body().contains("NOSUCHCODE"));
        assertTrue(preview.body().contains("晚于报告期末"), "rows after the period end are shown as not counted");
        assertTrue(Reports.get(finance, seeded.get(0).id(), YEAR + "-06").get("version").isNull(), "the preview stores nothing");

        Http.Response confirmed = confirm(hiddenContent(preview.body()), "支出.csv", YEAR + "-06", "PAYMENTS");
        assertEquals(303, confirmed.status(), confirmed.body());
        assertEquals("/reports?year=" + YEAR + "&period=" + YEAR + "-06&uploaded=" + seeded.size(), confirmed.location());
        for (var e : expected.entrySet()) {
            JsonNode report = Reports.get(finance, e.getKey(), YEAR + "-06");
            assertEquals(e.getValue().setScale(2).toPlainString(), report.get("spentYuan").asText(), "project " + e.getKey());
            assertEquals("DRAFT", report.get("status").asText());
        }
        JsonNode trail = Json.parse(finance.get("/api/audit?entityType=PERIOD_REPORT").body());
        assertTrue(trail.size() >= Math.min(seeded.size(), 50), "each filled report is in the audit trail");
        assertTrue(browser.get("/reports?year=" + YEAR + "&period=" + YEAR + "-06&uploaded=" + seeded.size()).body()
                .contains("已导入 " + seeded.size() + " 个项目的累计支出"));
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesTheRow() {
        StringBuilder csv = new StringBuilder("code,id,unitCode,name,date,amount\n");
        for (Project p : seeded) {
            csv.append(",").append(p.id()).append(",,,").append(YEAR).append("-09-30,0.00\n");
        }
        int badLine = seeded.size() + 2;
        csv.append(",").append(seeded.get(1).id()).append(",,,").append(YEAR).append("-09-30,abc\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        Http.Response preview = upload(file, "bad.csv", YEAR + "-10", "PAYMENTS");
        assertEquals(400, preview.status());
        assertTrue(preview.body().contains("第 " + badLine + " 行：金额“abc”不是有效的数字"), preview.body());
        assertFalse(preview.body().contains("/reports/spend-upload/confirm"), "no confirm button");

        // Posting the confirm form anyway stores nothing either.
        Http.Response confirmed = confirm(Base64.getEncoder().encodeToString(file), "bad.csv", YEAR + "-10", "PAYMENTS");
        assertEquals(400, confirmed.status());
        assertTrue(confirmed.body().contains("第 " + badLine + " 行"), "the row is named");
        for (Project p : seeded) {
            assertTrue(Reports.get(finance, p.id(), YEAR + "-10").get("version").isNull(), "nothing stored for " + p.name());
        }
    }

    @Test
    void aProjectLevelErrorFoundAfterReadingStillStoresNothing() {
        Project small = seeded.stream().filter(p -> p.budget().signum() > 0).findFirst().orElseThrow();
        StringBuilder csv = new StringBuilder("项目ID,日期,金额\n");
        for (Project p : seeded) {
            csv.append(p.id()).append(",").append(YEAR).append("-03-31,0\n");
        }
        csv.append(small.id()).append(",").append(YEAR).append("-03-31,").append(small.budget().add(BigDecimal.ONE).toPlainString()).append("\n");
        Http.Response confirmed = confirm(Base64.getEncoder().encodeToString(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "over.csv", YEAR + "-03", "PAYMENTS");
        assertEquals(400, confirmed.status());
        assertTrue(confirmed.body().contains("超过预算"), confirmed.body());
        assertTrue(Reports.get(finance, seeded.get(seeded.size() - 1).id(), YEAR + "-03").get("version").isNull(), "none stored");
    }

    @Test
    void aWorkbookOfCumulativeSpendIsReadWithItsDateCells() throws IOException {
        Project a = seeded.stream().filter(p -> p.code() != null && p.budget().compareTo(new BigDecimal("1000")) > 0).findFirst().orElseThrow();
        Project b = seeded.stream().filter(p -> p.code() == null && p.budget().compareTo(new BigDecimal("1000")) > 0).findFirst().orElseThrow();
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("支出");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"项目编码", "单位编码", "项目名称", "截至日期", "累计支出（元）"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {a.code(), null, null, LocalDate.of(YEAR, 11, 20), 300.5},
                    {a.code(), null, null, LocalDate.of(YEAR, 12, 31), 812.25},
                    {null, b.unitCode(), b.name(), LocalDate.of(YEAR, 12, 15), 640.0},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    }
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        Http.Response preview = upload(xlsx, "累计支出.xlsx", YEAR + "-12", "CUMULATIVE");
        assertEquals(200, preview.status(), preview.body());
        Http.Response confirmed = confirm(hiddenContent(preview.body()), "累计支出.xlsx", YEAR + "-12", "CUMULATIVE");
        assertEquals(303, confirmed.status(), confirmed.body());
        assertEquals("812.25", Reports.get(finance, a.id(), YEAR + "-12").get("spentYuan").asText(), "the latest figure counts");
        assertEquals("640.00", Reports.get(finance, b.id(), YEAR + "-12").get("spentYuan").asText());

    }

    @Test
    void aLowerCumulativeSpendNeedsAReasonAndAnApprovedReportIsNotTouched() {
        Map<String, Object> body = Projects.leting(world.unit("减少单位"), "DEC" + World.next(), "支出减少项目" + World.next());
        body.put("year", YEAR);
        long project = Projects.create(finance, body);
        assertEquals(303, confirm(csv("项目ID,日期,金额\n" + project + "," + YEAR + "-06-30,1000"), "june.csv", YEAR + "-06", "CUMULATIVE").status());

        Http.Response lower = confirm(csv("项目ID,日期,金额,说明\n" + project + "," + YEAR + "-10-31,800,\n"), "oct.csv", YEAR + "-10", "CUMULATIVE");
        assertEquals(400, lower.status());
        assertTrue(lower.body().contains("累计支出 800.00 元低于上期（6月底）的 1000.00 元，请在“说明”列写明原因（第 2 行）"), lower.body());
        Http.Response explained = confirm(csv("项目ID,日期,金额,说明\n" + project + "," + YEAR + "-10-31,800,退回多付的培训费\n"),
                "oct.csv", YEAR + "-10", "CUMULATIVE");
        assertEquals(303, explained.status(), explained.body());
        JsonNode october = Reports.get(finance, project, YEAR + "-10");
        assertEquals("800.00", october.get("spentYuan").asText());
        assertEquals("退回多付的培训费", october.get("spendDecreaseReason").asText());

        Http.Response full = finance.putJson(Reports.path(project, YEAR + "-10"), Json.write(Map.of("version", october.get("version").asLong(),
                "spentYuan", "800", "spendDecreaseReason", "退回多付的培训费", "indicators", Reports.complete(october))));
        assertEquals(200, full.status(), full.body());
        assertEquals(200, finance.postJson(Reports.path(project, YEAR + "-10") + "/submit", "{}").status());
        // four eyes: a colleague approves what this finance officer submitted
        Http colleague = world.script(world.user("FINANCE", List.of()));
        assertEquals(200, colleague.postJson(Reports.path(project, YEAR + "-10") + "/approve", "{}").status());
        Http.Response approved = confirm(csv("项目ID,日期,金额,说明\n" + project + "," + YEAR + "-10-31,900,\n"), "again.csv", YEAR + "-10", "CUMULATIVE");
        assertEquals(400, approved.status());
        assertTrue(approved.body().contains("的报告已审核，不能再导入支出（第 2 行）"), approved.body());
        assertEquals("800.00", Reports.get(finance, project, YEAR + "-10").get("spentYuan").asText());
    }

    private static String csv(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private Http.Response upload(byte[] file, String name, String period, String kind) {
        return browser.postMultipart("/reports/spend-upload", "file", name, file,
                Map.of("csrfToken", browser.csrfToken().orElseThrow(), "period", period, "kind", kind));
    }

    private Http.Response confirm(String content, String name, String period, String kind) {
        return browser.postForm("/reports/spend-upload/confirm", Map.of("period", period, "kind", kind, "filename", name,
                "content", content));
    }

    private static String hiddenContent(String html) {
        var m = Pattern.compile("name=\"content\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "the preview carries the file for the confirm step");
        return m.group(1);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String seed(String file) {
        try (InputStream in = SpendUploadTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
