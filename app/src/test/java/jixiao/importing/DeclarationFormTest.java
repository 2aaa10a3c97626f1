package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.importing.document.DocumentText;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: the label/value 申报表 (项目名称 …, 主管部门 … 实施单位 …, 项目资金 with 年度资金总额 and 其中 财政拨款 / 其他资金,
 * 年度目标, then the indicators), read from real published tables (published/labels-*.txt, see SOURCES.md) as a web
 * table copies (tab rows), as Word copies it (a cell per line) and as PDF text gives it (no tabs); and the places
 * that messages and the preview give.
 */
@MicronautTest
class DeclarationFormTest {

    private static final String IMPORT = "/api/imports/target-tables";
    private static final String QINGSHAN = "labels-qingshan-2020-web.txt";
    private static final String NINGXIANG = "labels-ningxiang-2021-pdf.txt";
    private static final String NANYUE = "labels-nanyue-2018-web.txt";

    @Inject
    EmbeddedServer server;

    static String published(String file) {
        try (InputStream in = DeclarationFormTest.class.getResourceAsStream("/published/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab rows as Word copies a table: each cell on its own line after a tab, an empty line after each row. */
    static String cellPerLine(String tabRows) {
        StringBuilder b = new StringBuilder();
        for (String line : tabRows.split("\n")) {
            if (line.indexOf('\t') < 0) {
                b.append(line).append('\n');
                continue;
            }
            for (String cell : line.split("\t")) {
                b.append('\t').append(cell).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Tab rows as PDF text gives them: the cells of a row on one line, set apart by spaces only. */
    static String spaced(String tabRows) {
        return tabRows.replace('\t', ' ');
    }

    private static void assertQingshan(ParsedTable t, String form) {
        assertEquals("农村义务教育薄弱学校改造补助资金", t.name(), form);
        assertEquals("青山区教育局", t.departmentName(), form);
        assertEquals("化工区学校", t.unitName(), form);
        assertEquals("万元", t.moneyUnit(), form);
        assertEquals(new BigDecimal("16"), t.budget(), form);
        assertEquals(new BigDecimal("16"), t.fiscalFunds(), form);
        assertNull(t.otherFunds(), form);
        assertEquals("全面改善农村义务教育薄弱学校办学条件，扩大基础教育资源，进一步提高义务教育均衡发展水平。", t.goal(), form);
        List<String> indicators = t.indicators().stream()
                .map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of(
                "产出指标/数量指标/农村义务教育学校改造覆盖率/100%",
                "产出指标/质量指标/校舍维修改造质量合格率/100%",
                "产出指标/质量指标/购置设施设备质量合格率/100%",
                "产出指标/时效指标/预算资金当年下达率/100%",
                "产出指标/时效指标/项目按计划完成率/100%",
                "产出指标/成本指标/建设项目成本控制率/100%",
                "效益指标/可持续影响指标/义务教育优质均衡发展情况/稳步提高",
                "满意度指标/服务对象满意度指标/学生家长满意度/≥90%",
                "满意度指标/服务对象满意度指标/学校满意度/≥90%"), indicators, form);
    }

    @Test
    void aDeclarationFormIsReadAsTabRowsCellsPerLineAndPdfLines() {
        String tabs = published(QINGSHAN);
        for (Map.Entry<String, String> form : Map.of("tab rows", tabs, "cell per line", cellPerLine(tabs),
                "pdf lines", spaced(tabs)).entrySet()) {
            ParsedUpload u = TargetTableTextParser.parse(form.getValue());
            assertEquals(1, u.tables().size(), form.getKey() + ": " + u.issues());
            assertQingshan(u.tables().get(0), form.getKey());
            assertFalse(u.hasErrors(), form.getKey() + ": " + u.issues());
        }
    }

    @Test
    void fundsWithTheirUnitTickedAttributeAndOnlyTheYearsIndicators() {
        ParsedUpload u = TargetTableTextParser.parse(published(NINGXIANG));
        assertEquals(1, u.tables().size(), u.issues().toString());
        ParsedTable t = u.tables().get(0);
        assertEquals("镇域内基础设施建设", t.name());
        assertEquals("坝塘镇", t.departmentName());
        assertEquals("坝塘镇", t.unitName(), "the 项目单位, not the 填报单位 above it");
        assertEquals("延续项目", t.attribute(), "the ticked box");
        assertEquals("2021年度", t.term());
        assertEquals("万元", t.moneyUnit(), "from 10606.7522万元");
        assertEquals(new BigDecimal("10606.7522"), t.budget());
        assertEquals(new BigDecimal("6923.3552"), t.fiscalFunds(), "the breakdown in brackets is not another amount");
        assertEquals(new BigDecimal("3683.3970"), t.otherFunds(), "自有资金 0 + 其他 3683.3970");
        assertEquals("全面完成集镇立面改造、机关、学校、乡村振兴等项目，搞好提质改造", t.goal(), "年度目标, not 长期目标");
        assertEquals(9, t.indicators().size(), "the 年度绩效指标 block only: " + t.indicators());
        assertTrue(t.issues().stream().anyMatch(i -> i.message().contains("长期绩效指标") && i.where().endsWith("第21行")),
                t.issues().toString());
        assertFalse(u.hasErrors(), u.issues().toString());
    }

    @Test
    void aDeclarationFormPublishedAsPageTextWithSpacesOnly() {
        ParsedUpload u = TargetTableTextParser.parse(published(NANYUE));
        assertEquals(1, u.tables().size(), u.issues().toString());
        ParsedTable t = u.tables().get(0);
        assertEquals("2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", t.name());
        assertEquals("南岳镇政府", t.departmentName());
        assertEquals("610001", t.unitCode());
        assertEquals("湖南省润山润水生态农业发展有限公司", t.unitName());
        assertEquals("万元", t.moneyUnit());
        assertEquals(new BigDecimal("10"), t.budget());
        assertEquals(new BigDecimal("10"), t.fiscalFunds());
        assertEquals(new BigDecimal("0"), t.otherFunds());
        assertEquals("为水濂村带来观光游客不少于6万人,村集体收入达6万元。", t.goal(), "not the heading 年度总体目标完成情况");
        List<String> indicators = t.indicators().stream()
                .map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of(
                "产出指标/数量指标/贫困地区旅游基础设施建设工程/>=20平方米",
                "产出指标/数量指标/贫困地区旅游景点开发数量( ≥**个)/>=4个",
                "产出指标/数量指标/流转土地/>=60亩",
                "产出指标/质量指标/*贫困地区旅游基础设施建设质量达标率100%/>=98%",
                "产出指标/时效指标/贫困地区基础设施建设按期完成率(≥**%)/>=95%",
                "产出指标/成本指标/流转土地补助标准/<=475元/亩",
                "产出指标/成本指标/景观建设成本/<=2875元/个",
                "产出指标/成本指标/贫困地区旅游基础设施建设工程建设成本/<=3000元/平方米",
                "效益指标/经济效益指标/乡村旅游带动增加贫困村收入(≥**万元)/>=6万元",
                "效益指标/经济效益指标/乡村旅游带动增加贫困人口收入(≥**万元)/>=2.61万元",
                "效益指标/社会效益指标/贫困地区乡村旅游开发景点接待游客数量(≥**人)/>=60000人",
                "效益指标/社会效益指标/受益建档立卡贫困人口数≥**人/>=29人",
                "满意度指标/服务对象满意度指标/旅游行业经营主体满意度(≥**%)/>=90%",
                "满意度指标/服务对象满意度指标/参与旅游扶贫项目贫困群众满意度(≥**%)/>=90%",
                "满意度指标/服务对象满意度指标/旅游区居民满意度(≥**%)/>=90%",
                "满意度指标/服务对象满意度指标/游客满意度(≥**%)/>=90%"), indicators);
        assertTrue(t.issues().stream().anyMatch(i -> i.message().contains("区扶贫办审核意见")), "the review boxes are left out, said so");
        assertFalse(u.hasErrors(), u.issues().toString());
    }

    @Test
    void fundLabelsAndValuesOnOneLineOrInOneCell() {
        String head = "项目绩效目标申报表\n项目名称 测试项目 项目属性 新增项目 □ 延续项目 √\n主管部门 某局 实施单位 某中心\n";
        String tail = "年度目标 完成测试\n";
        for (String funds : List.of(
                "项目资金(万元) 年度资金总额: 100 其中: 财政拨款 60 其他资金 40\n",
                "资金总额：100 财政拨款：60 自有资金：10 事业收入：20 其他：10\n",
                "资金总额:100财政拨款:60自有资金:10事业收入:20其他:10\n")) {
            ParsedTable t = TargetTableTextParser.parse(head + funds + tail).tables().get(0);
            assertEquals("测试项目", t.name(), funds);
            assertEquals("延续项目", t.attribute(), funds);
            assertEquals("某中心", t.unitName(), funds);
            assertEquals(new BigDecimal("100"), t.budget(), funds);
            assertEquals(new BigDecimal("60"), t.fiscalFunds(), funds);
            assertEquals(0, new BigDecimal("40").compareTo(t.otherFunds()), funds);
            assertEquals("完成测试", t.goal(), funds);
        }
    }

    @Test
    void issuesPointToTheDocumentsPlacesAndUnnamedTablesToTheirFirstLine() {
        String text = "项目主管部门\t某局\t项目执行单位\t某中心单位名称很长很长很长很长很长很长很长很长\n资金情况（万元）\t年度资金总额：abc\n";
        List<String> places = List.of("第3页第12行", "第3页第13行");
        ParsedUpload u = TargetTableTextParser.parse(new DocumentText("目标表.pdf", text, places));
        ParsedTable t = u.tables().get(0);
        String where = "第1个表（项目主管部门 某局 项目执行单位 某中心单位名称很长很长很长…）";
        assertEquals(where, t.where(), "the first line cut to 30 characters, its cells apart");
        assertTrue(t.issues().contains(new ImportIssue(jixiao.importing.Severity.ERROR, where + "第3页第13行",
                "年度资金总额「abc」不是数字")), t.issues().toString());
        assertEquals("第3页第12行", t.place());
        assertEquals(List.of(new ImportResult.SourceText("第3页第12行", "项目主管部门\t某局\t项目执行单位\t某中心单位名称很长很长很长很长很长很长很长很长"),
                new ImportResult.SourceText("第3页第13行", "资金情况（万元）\t年度资金总额：abc")), t.sourceLines());

        ParsedUpload none = TargetTableTextParser.parse(new DocumentText("目标表.pdf", "只是一段说明文字\n", List.of("第1页第1行")));
        assertEquals("文件《目标表.pdf》", none.issues().get(0).where());
    }

    @Test
    void overHttpADeclarationFormIsPreviewedWithItsSourceAndStored() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("青山区化工区学校");
        Http finance = world.script(world.user("FINANCE", List.of()));
        for (String file : List.of(QINGSHAN, NINGXIANG, NANYUE)) {
            int year = file.equals(QINGSHAN) ? 2020 : file.equals(NANYUE) ? 2018 : 2021;
            Http.Response dry = finance.postText(IMPORT + "?year=" + year + "&dryRun=true&intoUnit=true&unitCode=" + unit, published(file));
            assertEquals(200, dry.status(), dry.body());
            JsonNode table = Json.parse(dry.body()).get("projects").get(0);
            assertFalse(Json.parse(dry.body()).get("stored").asBoolean());
            JsonNode source = table.get("sourceLines");
            long lines = published(file).lines().filter(l -> !l.isBlank()).count();
            assertEquals(lines, source.size(), "every line of the table, with its place");
            assertEquals("第1行", source.get(0).get("place").asText());
            assertEquals("第3行", source.get(2).get("place").asText());

            Http.Response stored = finance.postText(IMPORT + "?year=" + year + "&dryRun=false&intoUnit=true&unitCode=" + unit, published(file));
            assertEquals(200, stored.status(), stored.body());
            JsonNode p = Json.parse(stored.body()).get("projects").get(0);
            assertEquals("CREATED", p.get("status").asText(), stored.body());
            JsonNode project = Json.parse(finance.get("/api/projects/" + p.get("id").asText()).body());
            if (file.equals(QINGSHAN)) {
                assertEquals(0, new BigDecimal("16").compareTo(new BigDecimal(project.get("budget").asText())), project.toString());
                assertEquals(9, project.get("indicators").size());
            } else if (file.equals(NANYUE)) {
                assertEquals(16, project.get("indicators").size());
                assertEquals(unit, project.get("unitCode").asText(), "the unit chosen for it");
            } else {
                assertEquals(0, new BigDecimal("10606.7522").compareTo(new BigDecimal(project.get("budget").asText())));
                assertEquals(0, new BigDecimal("3683.3970").compareTo(new BigDecimal(project.get("otherFunds").asText())));
                assertEquals("延续项目", project.get("attribute").asText());
            }
        }
    }

    @Test
    void aMissingBudgetSaysWhatWasExpectedWhere() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("缺预算");
        Http finance = world.script(world.user("FINANCE", List.of()));
        String text = published(QINGSHAN).replace("资金情况（万元）\t年度资金总额：16\n其中 ：上级资金16\n", "");
        Http.Response r = finance.postText(IMPORT + "?year=2020&dryRun=true&unitCode=" + unit, text);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("第1个表《农村义务教育薄弱学校改造补助资金》第1行：未找到‘年度资金总额’或‘预算数’"), r.body());
    }

    @Test
    void thePreviewPageShowsEachTablesSourceBesideWhatWasReadAndWhichValuesAreGuesses() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("预览原文");
        Http browser = world.browser(world.user("FINANCE", List.of()));
        browser.get("/imports");
        // a scanned table whose budget is an OCR repair: a guess stored as 待核对
        String text = published(QINGSHAN).replace("年度资金总额：16", "年度资金总额：1O");
        Http.Response page = browser.postMultipart("/imports/preview", "file", "青山.txt", text.getBytes(StandardCharsets.UTF_8),
                Map.of("csrfToken", browser.csrfToken().orElseThrow(), "year", "2020", "unitCode", unit));
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertTrue(html.contains("原文"), "the source block");
        assertTrue(html.contains("购置设施设备质量合格率 │ 100%"), "a source line with its cells apart");
        assertTrue(html.contains(">第12行<"), "with its place");
        assertTrue(html.contains("data-field=\"BUDGET\""), "the guessed budget is marked as stored 待核对: " + html);
    }
}
