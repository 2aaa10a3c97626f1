package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing the five published seed files over HTTP. Expected values are read off the published
 * tables by hand (see the seed files), not off jixiao's own output.
 */
@MicronautTest
class ImportApiTest {

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
    }

    /** code or name, budget as published, plan as "3:25 6:50 …" (blank checkpoints absent), indicator count. */
    record Expected(String key, String budget, String plan, int indicators) {
    }

    @Test
    void leting() {
        String full = "3:25 6:50 10:75 12:100";
        Map<String, JsonNode> stored = importSeed("leting-2024.txt", 2041, null, 5, 1);
        check(stored, "万元", List.of(
                new Expected("13022524P000R2410016N", "3.00", full, 5),
                new Expected("13022524P000R2410017A", "5.00", full, 5),
                new Expected("13022524P000R2410018X", "22.00", full, 6),
                new Expected("13022524P00P64X10003L", "18.00", full, 6),
                new Expected("13022524P00Q70710007K", "2.42", full, 5)));
        JsonNode p = stored.get("13022524P000R2410017A");
        assertEquals("提前下达基层公检法司转移支付配套资金唐财政法[2023]2号", p.get("name").asText());
        assertEquals("315001", p.get("unitCode").asText());
        assertIndicator(p, 0, "产出指标", "数量指标", "普法宣传场次", "≥55场", "年初预算安排");
        assertIndicator(p, 3, "效益指标", "社会效益指标", "维护社会稳定", "明显提升", "年初预算安排");
        JsonNode count = p.get("indicators").get(0).get("targetValue");
        assertEquals("GE", count.get("comparator").asText());
        assertEquals(55, count.get("value").asInt());
        JsonNode department = department(2041, "315001");
        assertEquals("DEPARTMENT", department.get("kind").asText());
        assertEquals(6, department.get("keyTasks").size());
    }

    @Test
    void pengyangWithoutUnitCodesGoesToTheChosenUnit() {
        String unit = world.unit("彭阳县司法局本级");
        Map<String, JsonNode> stored = importSeed("pengyang-2024.txt", 2042, unit, 12, 0);
        check(stored, "万元", List.of(
                new Expected("2024年“司法协理”基层服务专项计划资金", "31.90", "", 7),
                new Expected("2024年全区法律援助案件补助经费等", "35.00", "", 8),
                new Expected("2024年中央和地方转移支付资金（办案费52万元、全区人民调解案件补贴10万元、全区司法所心理疏导调解室建设项目12万元）", "74.00", "", 11),
                new Expected("村居法律顾问聘用费", "81.00", "", 7),
                new Expected("法治政府、行政复议、公共法律服务、法律援助工作经费", "10.00", "", 11),
                new Expected("律师公证管理工作经费", "1.00", "", 7),
                new Expected("律师值班费", "5.22", "", 7),
                new Expected("普法与依法治理工作经费", "16.00", "", 9),
                new Expected("人民调解工作经费", "104.54", "", 7),
                new Expected("社区矫正和安置帮教工作经费", "31.50", "", 8),
                new Expected("司法协理员工资和社保费", "92.40", "", 7),
                new Expected("县政府法律顾问聘用费", "12.00", "", 7)));
        JsonNode p = stored.get("2024年“司法协理”基层服务专项计划资金");
        assertEquals(unit, p.get("unitCode").asText());
        assertEquals("0101-一年期项目", p.get("attribute").asText());
        assertEquals("02-预算股", p.get("managingOffice").asText());
        assertIndicator(p, 3, "产出指标", "成本指标", "司法协理员工资社保费", "≤31.9 万元", null);
        JsonNode cost = p.get("indicators").get(3).get("targetValue");
        assertEquals("LE", cost.get("comparator").asText());
        assertEquals("万元", cost.get("unit").asText());
        assertFalse(stored.get("律师值班费").get("goal").asText().contains("<p>"), "HTML tags of the published goal are removed");
    }

    @Test
    void binhaiInYuanWithTwoUnits() {
        Map<String, JsonNode> stored = importSeed("binhai-2024.txt", 2043, null, 14, 0);
        check(stored, "元", List.of(
                new Expected("天津市滨海新区司法局多种用工人员经费", "432000.00", "", 6),
                new Expected("2023年第二批中央转移支付资金其他经费（津财行政指【2023】24号）", "309074.16", "", 6),
                new Expected("2023年第二批中央转移支付资金社区矫正经费（津财行政指【2023】24号）", "78800.00", "", 6),
                new Expected("2023年第二批中央转移支付资金司法所经费（津财行政指【2023】24号）", "249700.00", "", 6),
                new Expected("2024年提前下达中央政法转移支付资金（津财行政指【2023】72号）直达资金", "1170000.00", "", 9),
                new Expected("安置帮教工作专项经费", "878700.00", "", 6),
                new Expected("法治政府创建工作专项经费", "600000.00", "", 7),
                new Expected("公共法律服务工作专项经费", "200000.00", "", 6),
                new Expected("关于2023年中央转移支付资金提前下达部分的通知（司法所规范化建设经费）（津财行政指【2022】81号）", "99116.07", "", 6),
                new Expected("普法宣传专项经费", "250000.00", "", 6),
                new Expected("司法局工作专项经费", "660000.00", "", 11),
                new Expected("网络系统运维租赁费", "200000.00", "", 6),
                new Expected("2023年第二批中央转移支付资金法律援助工作经费（津财行政指【2023】24号）", "3228.00", "", 6),
                new Expected("法援中心工作专项经费", "700000.00", "", 6)));
        assertEquals("343101", stored.get("网络系统运维租赁费").get("unitCode").asText());
        assertEquals("343201", stored.get("法援中心工作专项经费").get("unitCode").asText());
        assertEquals("99116.07", stored.get("关于2023年中央转移支付资金提前下达部分的通知（司法所规范化建设经费）（津财行政指【2022】81号）").get("budgetYuan").asText());
        JsonNode cost = stored.get("安置帮教工作专项经费").get("indicators").get(3);
        assertEquals("≤0.31万元/人", cost.get("target").asText());
        assertEquals("万元/人", cost.get("targetValue").get("unit").asText());
    }

    @Test
    void xinglongOcrIsRepairedAndEveryGuessIsFlagged() {
        String unit = world.unit("兴隆县司法局本级");
        String text = seed("xinglong-2025.txt").replace("315001兴隆县司法局本级", unit + "兴隆县司法局本级");
        JsonNode result = post(text, 2045, null, false);
        assertTrue(result.get("stored").asBoolean(), result.toString());
        assertEquals(10, result.get("projects").size());
        Map<String, JsonNode> stored = storedProjects(2045, unit);
        check(stored, "万元", List.of(
                new Expected("13082225P00007110038Y", "26.10", "3:20 6:40 10:70 12:100", 6),
                new Expected("13082225P00007110039J", "254.80", "3:20 6:40 10:60 12:100", 6),
                new Expected("13082225P00003710003E", "8.40", "3:20 6:50 10:70 12:100", 6),
                new Expected("13082225P00003910003R", "2.50", "3:30 6:50 10:70 12:100", 6),
                new Expected("13082225P00018010002Y", "2.10", "10:50 12:100", 6),
                new Expected("13082225P00003810004P", "10.00", "3:20 6:40 10:60 12:100", 6),
                new Expected("13082225P00018110002L", "2.10", "3:20 6:40 10:60 12:100", 6),
                new Expected("13082225P00018210002A", "0.60", "6:20 10:20 12:100", 6),
                new Expected("13082225P000026100070", "2.70", "10:100 12:100", 6),
                new Expected("13082225P00001710004K", "3.00", "10:50 12:100", 6)));
        // Every value the scanner garbled is stored with needsReview and a note saying what was repaired.
        Pattern garbled = Pattern.compile("[Σ兰引⒛]|\\d[Oo]|[Oo]\\d|\\d,\\d");
        int flagged = 0;
        for (JsonNode p : stored.values()) {
            for (JsonNode i : p.get("indicators")) {
                String target = i.get("target").asText();
                if (garbled.matcher(target).find()) {
                    assertTrue(i.get("targetValue").get("needsReview").asBoolean(), target + " is flagged");
                    assertTrue(i.get("targetValue").get("note").asText().contains("识别修正"), target);
                    flagged++;
                }
            }
        }
        assertTrue(flagged >= 15, "garbled values found: " + flagged);
        JsonNode limit = stored.get("13082225P00003710003E").get("indicators").get(3).get("targetValue");
        assertEquals("LE", limit.get("comparator").asText());
        assertEquals(0, limit.get("value").decimalValue().compareTo(new java.math.BigDecimal("4.2")));
        // Repaired amounts, codes and the plans whose blank checkpoints the scan lost carry warnings.
        String warnings = result.get("warnings").toString();
        assertTrue(warnings.contains("26.10"), "26,10 → 26.10 is reported");
        assertTrue(warnings.contains("2.10") && warnings.contains("漏读小数点"), "210 → 2.10 is reported");
        assertTrue(warnings.contains("靠右对齐"), "right-aligned plans are reported");
        assertTrue(warnings.contains("项目编码"), "joined codes are reported");
    }

    @Test
    void huaduDepartmentTarget() {
        String unit = world.unit("广州市花都区司法局");
        JsonNode result = post(seed("huadu-department.txt"), 2044, unit, false);
        assertEquals(0, result.get("projects").size());
        assertEquals(1, result.get("departmentTargets").size());
        JsonNode d = department(2044, unit);
        assertEquals("5136.61", d.get("budget").asText());
        assertEquals(13, d.get("indicators").size());
        assertEquals(6, d.get("keyTasks").size());
        assertEquals("130.80", d.get("keyTasks").get(1).get("funds").asText());
        JsonNode first = d.get("indicators").get(0);
        assertEquals("100%", first.get("periodTarget").asText());
        assertEquals("100%", first.get("target").asText());
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() {
        String unit = world.unit("彭阳重复导入");
        importSeed("pengyang-2024.txt", 2046, unit, 12, 0);
        Map<String, JsonNode> before = storedProjects(2046, unit);
        JsonNode again = post(seed("pengyang-2024.txt").replace("项目年度金额\t10.000000", "项目年度金额\t12.000000"), 2046, unit, false);
        assertTrue(again.get("stored").asBoolean());
        again.get("projects").forEach(p -> assertFalse(p.get("created").asBoolean(), "updated, not created"));
        Map<String, JsonNode> after = storedProjects(2046, unit);
        assertEquals(before.keySet(), after.keySet());
        String changed = "法治政府、行政复议、公共法律服务、法律援助工作经费";
        assertEquals(before.get(changed).get("id"), after.get(changed).get("id"));
        assertEquals("12.00", after.get(changed).get("budget").asText());
    }

    @Test
    void badInputIsRefusedWithWhereAndNothingIsStored() {
        String unit = world.unit("坏导入");
        int before = count();
        assertRefused(finance.postText("/api/imports/target-tables?year=2047&dryRun=false", ""), "导入内容为空");
        assertRefused(finance.postText("/api/imports/target-tables?year=2047&dryRun=false", "这不是绩效目标表\n只是一些文字"), "没有找到绩效目标表");
        String withoutName = seed("leting-2024.txt").replace("\t项目名称\n\t法制建设\n", "\t项目名称\n\t\n");
        assertRefused(finance.postText("/api/imports/target-tables?year=2047&dryRun=false&unitCode=" + unit, withoutName), "第1个表");
        String textAmount = seed("leting-2024.txt").replace("\t预算数\n\t22.00\n", "\t预算数\n\t二十二万\n");
        Http.Response r = finance.postText("/api/imports/target-tables?year=2047&dryRun=false", textAmount);
        assertRefused(r, "不是数字");
        assertTrue(r.body().contains("提前下达中央政法纪检监察转移支付资金"), "names the table: " + r.body());
        assertTrue(r.body().contains("行"), "names the line");
        Http.Response binary = finance.postMultipart("/api/imports/target-tables?year=2047&dryRun=false", "file", "x.bin",
                new byte[]{0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7}, Map.of());
        assertRefused(binary, "x.bin");
        assertEquals(before, count(), "nothing was stored");
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2047&unitCode=" + unit).body()).size());
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2047&unitCode=315001").body()).size());
    }

    @Test
    void aDryRunStoresNothingAndShowsTheParse() {
        JsonNode result = post(seed("leting-2024.txt"), 2048, null, true);
        assertFalse(result.get("stored").asBoolean());
        assertEquals(5, result.get("projects").size());
        JsonNode first = result.get("projects").get(0);
        assertEquals("30000.00", first.get("budgetYuan").asText());
        assertEquals(4, first.get("spendPlan").size());
        assertEquals("GE", first.get("indicators").get(0).get("target").get("comparator").asText());
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2048&unitCode=315001").body()).size());
    }

    @Test
    void thePageShowsThePreviewAndStoresOnConfirmation() {
        Http browser = world.browser(world.user("FINANCE", List.of()));
        String csrf = Http.csrfFieldOf(browser.get("/imports").body()).orElseThrow();
        Http.Response preview = browser.postMultipart("/imports/preview", "file", "", new byte[0],
                Map.of("csrfToken", csrf, "year", "2049", "unitCode", "", "text", seed("leting-2024.txt")));
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("普法宣传场次") && preview.body().contains("确认导入"));
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2049&unitCode=315001").body()).size(), "the preview stores nothing");
        Http.Response stored = browser.postForm("/imports/confirm", Map.of("year", "2049", "unitCode", "", "text", seed("leting-2024.txt")));
        assertEquals(200, stored.status());
        assertTrue(stored.body().contains("已导入 6 个表"), stored.body().replaceAll("\\s+", " ").substring(0, 600));
        assertEquals(6, Json.parse(finance.get("/api/projects?year=2049&unitCode=315001").body()).size());
    }

    @Test
    void aWorkbookIsPreviewedAndImportedThroughThePage() {
        Http browser = world.browser(world.user("FINANCE", List.of()));
        byte[] template = browser.getBytes("/imports/template.xlsx");
        String csrf = Http.csrfFieldOf(browser.get("/imports").body()).orElseThrow();
        Http.Response preview = browser.postMultipart("/imports/preview", "file", "模板.xlsx", template,
                Map.of("csrfToken", csrf, "year", "2050", "unitCode", "", "text", ""));
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("法制建设") && preview.body().contains("开展行政执法培训"), "the example sheet is shown");
        assertTrue(preview.body().contains("name=\"filename\" value=\"模板.xlsx\""), "the confirm form carries the workbook");
        String payload = preview.body().replaceAll("(?s).*<textarea name=\"text\" hidden>([^<]*)</textarea>.*", "$1");
        Http.Response stored = browser.postForm("/imports/confirm", Map.of("year", "2050", "unitCode", "", "filename", "模板.xlsx", "text", payload));
        assertEquals(200, stored.status(), stored.body());
        assertTrue(stored.body().contains("已导入 1 个表"), stored.body().replaceAll("\\s+", " "));
    }

    private Map<String, JsonNode> importSeed(String file, int year, String unitCode, int projects, int departments) {
        JsonNode result = post(seed(file), year, unitCode, false);
        assertTrue(result.get("stored").asBoolean(), result.toString());
        assertEquals(projects, result.get("projects").size(), "projects in " + file);
        assertEquals(departments, result.get("departmentTargets").size(), "department parts in " + file);
        // Other test classes use the same years: read back exactly the projects this import stored.
        Map<String, JsonNode> stored = new HashMap<>();
        for (JsonNode table : result.get("projects")) {
            JsonNode p = Json.parse(finance.get("/api/projects/" + table.get("id").asLong()).body());
            stored.put(p.get("code").isNull() ? p.get("name").asText() : p.get("code").asText(), p);
        }
        return stored;
    }

    private Map<String, JsonNode> storedProjects(int year, String unitCode) {
        Map<String, JsonNode> stored = new HashMap<>();
        for (JsonNode summary : Json.parse(finance.get("/api/projects?year=" + year + "&unitCode=" + unitCode).body())) {
            if (summary.get("kind").asText().equals("PROJECT")) {
                JsonNode p = Json.parse(finance.get("/api/projects/" + summary.get("id").asLong()).body());
                stored.put(p.get("code").isNull() ? p.get("name").asText() : p.get("code").asText(), p);
            }
        }
        return stored;
    }

    private JsonNode department(int year, String unitCode) {
        for (JsonNode summary : Json.parse(finance.get("/api/projects?year=" + year + "&unitCode=" + unitCode).body())) {
            if (summary.get("kind").asText().equals("DEPARTMENT")) {
                return Json.parse(finance.get("/api/projects/" + summary.get("id").asLong()).body());
            }
        }
        throw new AssertionError("no department target for " + unitCode + " in " + year);
    }

    private static void check(Map<String, JsonNode> stored, String moneyUnit, List<Expected> expected) {
        assertEquals(expected.size(), stored.size(), "stored: " + stored.keySet());
        for (Expected e : expected) {
            JsonNode p = stored.get(e.key());
            assertNotNull(p, "project " + e.key() + " among " + stored.keySet());
            assertEquals(moneyUnit, p.get("moneyUnit").asText(), e.key());
            assertEquals(e.budget(), p.get("budget").asText(), "budget of " + e.key());
            assertEquals(e.budget(), p.get("fiscalFunds").asText(), "fiscal funds of " + e.key());
            List<String> plan = new ArrayList<>();
            p.get("spendPlan").forEach(s -> plan.add(s.get("month").asInt() + ":" + s.get("percent").asText()));
            assertEquals(e.plan(), String.join(" ", plan), "plan of " + e.key());
            assertEquals(e.indicators(), p.get("indicators").size(), "indicators of " + e.key());
        }
    }

    private static void assertIndicator(JsonNode p, int index, String level1, String level2, String name, String target, String basis) {
        JsonNode i = p.get("indicators").get(index);
        assertEquals(level1, i.get("level1").asText());
        assertEquals(level2, i.get("level2").asText());
        assertEquals(name, i.get("name").asText());
        assertEquals(target, i.get("target").asText());
        if (basis == null) {
            assertTrue(i.get("basis").isNull());
        } else {
            assertEquals(basis, i.get("basis").asText());
        }
    }

    /**
     * The seeds print 2024 (彭阳 in its headings) and are imported here into years of their own, which the
     * person confirms (the check itself: ImportChoicesTest).
     */
    private JsonNode post(String text, int year, String unitCode, boolean dryRun) {
        Http.Response r = finance.postText("/api/imports/target-tables?year=" + year + "&dryRun=" + dryRun
                + "&confirmYear=true" + (unitCode == null ? "" : "&unitCode=" + unitCode), text);
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    private static void assertRefused(Http.Response r, String wording) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains(wording), "expected “" + wording + "” in " + r.body());
    }

    private int count() {
        return Json.parse(finance.get("/api/projects").body()).size();
    }

    static String seed(String name) {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
