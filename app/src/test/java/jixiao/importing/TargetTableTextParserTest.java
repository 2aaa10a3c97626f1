package jixiao.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetTableTextParserTest {

    /** A 乐亭-style table, one cell per line; %s is the project name. */
    private static final String CELL_TABLE = """
            1.%1$s绩效目标表
            \t315001乐亭县司法局本级
            \t单位：万元

            \t项目编码
            \t13022524P000R2410016N
            \t项目名称
            \t%1$s

            \t预算规模及资金用途
            \t预算数
            \t3.00
            \t其中：财政    资金
            \t3.00
            \t其他资金
            \t\s

            \t一级指标
            \t二级指标
            \t三级指标
            \t绩效指标描述
            \t指标值
            \t指标值确定依据

            \t产出指标
            \t数量指标
            \t开展行政执法培训
            \t开展行政执法培训
            \t≥6次
            \t年初预算安排

            """;

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   \n\n\t\n"})
    void anEmptyTextIsAnError(String text) {
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertTrue(u.tables().isEmpty());
        assertEquals(List.of(new ImportIssue(Severity.ERROR, "上传文本", "上传的文本是空的")), u.issues());
    }

    @Test
    void aTextWithoutAnyTableIsAnError() {
        ParsedUpload u = TargetTableTextParser.parse("关于公开2024年预算绩效目标的说明\n\n现将有关情况说明如下。\n");
        assertTrue(u.tables().isEmpty());
        assertEquals(List.of(new ImportIssue(Severity.ERROR, "上传文本", "文本中没有找到绩效目标表")), u.issues());
        assertTrue(u.hasErrors());
    }

    @Test
    void aTableWithoutProjectNameIsAnError() {
        String text = "1.某项目绩效目标表\n\t315001乐亭县司法局本级\n\t单位：万元\n\n\t预算规模及资金用途\n\t预算数\n\t3.00\n";
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(1, u.tables().size());
        ParsedTable t = u.tables().get(0);
        assertNull(t.name());
        assertEquals(new BigDecimal("3.00"), t.budget());
        assertEquals(List.of(new ImportIssue(Severity.ERROR, "第1个表（1.某项目绩效目标表）第1行", "未找到‘项目名称’")), t.issues());
        assertEquals(t.issues(), u.issues());
    }

    @Test
    void anAmountThatIsNotANumberIsAnErrorNamingFieldTableAndLine() {
        String scanned = "1.测试项目绩效目标表\n315001测试县司法局本级 单位:万元\n项目名称 测试项目\n预算数 abc\n其中:财政\n资金\n3.00 其他资金\n";
        ParsedTable t = TargetTableTextParser.parse(scanned).tables().get(0);
        assertNull(t.budget());
        assertEquals(new BigDecimal("3.00"), t.fiscalFunds());
        assertEquals(List.of(new ImportIssue(Severity.ERROR, "第1个表《测试项目》第4行", "预算数「abc」不是数字")), t.issues());

        String cells = CELL_TABLE.formatted("法制建设").replace("\t3.00\n\t其中", "\tabc\n\t其中");
        ParsedTable c = TargetTableTextParser.parse(cells).tables().get(0);
        assertNull(c.budget());
        assertEquals(List.of(new ImportIssue(Severity.ERROR, "第1个表《法制建设》第12行", "预算数「abc」不是数字")), c.issues());
    }

    /**
     * A table whose rows each stand on one line, cells separated by spaces, several 三级指标 sharing one merged
     * 二级指标 cell and no 依据 column after the value (南岳 2018, tests/resources/published): each line that
     * follows a line ending with its value is the next indicator, and lines after the last row that never
     * reach a value (审核意见) are none.
     */
    @Test
    void rowsOneALineUnderAMergedSecondLevelAreSeparateIndicators() {
        String text = """
                1.测试项目绩效目标表
                315001测试县司法局本级 单位:万元
                项目名称 测试项目
                预算数 10
                其中:财政资金 10 其他资金 0
                一级指标 二级指标 三级指标 指标值 备注
                产出指标 数量指标 贫困地区旅游基础设施建设工程 >=20平方米
                流转土地 >=60亩
                成本指标 流转土地补助标准 <=475元/亩
                景观建设成本 <=2875元/个
                满意度指标 服务对象满意度指标 游客满意度 >=90%
                区扶贫办审核意见 (盖章)
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        List<String> read = t.indicators().stream().map(i -> i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of("数量指标/贫困地区旅游基础设施建设工程/>=20平方米", "数量指标/流转土地/>=60亩",
                "成本指标/流转土地补助标准/<=475元/亩", "成本指标/景观建设成本/<=2875元/个",
                "服务对象满意度指标/游客满意度/>=90%"), read);
        assertTrue(t.issues().stream().anyMatch(i -> i.message().contains("区扶贫办审核意见")), t.issues().toString());
    }

    /**
     * A web page's table copied as text without tabs: every cell its own paragraph, the indicator header
     * too (岳阳县 2022, tests/resources/published). The header is found over its lines, a 二级 cell broken
     * over two lines (经济效益 / 指标) is one, and the closing 注 is no indicator.
     */
    @Test
    void anIndicatorHeaderOneCellALineOpensTheIndicators() {
        String text = """
                1.测试项目绩效目标表
                315001测试县司法局本级 单位:万元
                项目名称 测试项目
                预算数 10
                其中:财政资金 10 其他资金 0

                一级指标

                二级指标

                三级指标

                指标值

                产出指标

                数量指标

                脱贫村村内道路硬化里程

                ≥100公里

                脱贫户供水设施数量

                ≥20座

                效益指标

                经济效益

                指标

                年增粮食

                3500公斤

                注:各地请根据实际情况选择适合的填报。
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        List<String> read = t.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of("产出指标/数量指标/脱贫村村内道路硬化里程/≥100公里", "产出指标/数量指标/脱贫户供水设施数量/≥20座",
                "效益指标/经济效益指标/年增粮食/3500公斤"), read);
        assertTrue(t.issues().stream().anyMatch(i -> i.message().contains("注:各地")), t.issues().toString());
    }

    /** A template's hint in brackets inside a name ("数量( ≥**个 )") is part of the name, not its value. */
    @Test
    void aBracketInANameKeepsItsComparatorInTheName() {
        String text = """
                1.测试项目绩效目标表
                315001测试县司法局本级 单位:万元
                项目名称 测试项目
                预算数 10
                其中:财政资金 10 其他资金 0
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 贫困地区旅游景点开发数量( ≥**个 ) >=4个
                效益指标 社会效益指标 受益建档立卡贫困人口数(≥**人) >=29人
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        List<String> read = t.indicators().stream().map(i -> i.name() + "/" + i.target()).toList();
        assertEquals(List.of("贫困地区旅游景点开发数量( ≥**个)/>=4个", "受益建档立卡贫困人口数(≥**人)/>=29人"), read);
    }

    @Test
    void aSpendPlanCellThatIsNotANumberIsAnError() {
        String text = CELL_TABLE.formatted("法制建设").replace("\t一级指标",
                "\t资金支出计划（%）\n\t3月底\n\t6月底\n\t10月底\n\t12月底\n\n\t\n\t25%\n\t五成\n\t\n\t100%\n\n\t一级指标");
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        assertEquals("3:25 12:100", Seeds.plan(t), "a blank cell is no checkpoint");
        assertEquals(List.of(new ImportIssue(Severity.ERROR, "第1个表《法制建设》第26行", "资金支出计划6月底「五成」不是数字")),
                t.issues());
    }

    @Test
    void tablesWithoutTitlesAreSplitWhereTheUnitComesAgain() {
        String one = CELL_TABLE.formatted("甲项目");
        String two = CELL_TABLE.formatted("乙项目");
        String text = one.substring(one.indexOf('\n') + 1) + two.substring(two.indexOf('\n') + 1);
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(List.of("甲项目", "乙项目"), u.tables().stream().map(ParsedTable::name).toList());
        assertEquals(List.of(1, 31), u.tables().stream().map(ParsedTable::line).toList());
        assertTrue(u.tables().stream().allMatch(t -> t.indicators().size() == 1));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkReadTheSame() {
        String text = Seeds.text("leting-2024.txt");
        ParsedUpload plain = TargetTableTextParser.parse(text);
        ParsedUpload windows = TargetTableTextParser.parse("\uFEFF" + text.replace("\n", "\r\n"));
        assertEquals(plain, windows);
    }

    @Test
    void oneUploadMayMixAllLayouts() {
        String text = Seeds.text("xinglong-2025.txt") + "\n" + Seeds.text("pengyang-2024.txt") + "\n"
                + Seeds.text("huadu-department.txt") + "\n" + Seeds.text("leting-2024.txt") + "\n"
                + Seeds.text("binhai-2024.txt");
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(11 + 12 + 1 + 6 + 14, u.tables().size());
        assertEquals(3, Seeds.departments(u).size());
        assertEquals(0, Seeds.errors(u));
        assertEquals("县政府法律顾问聘用费", u.tables().get(22).name());
        assertEquals("广州市花都区司法局部门整体绩效目标", u.tables().get(23).name());
        assertEquals("天津市滨海新区司法局多种用工人员经费", u.tables().get(30).name());
    }

    @Test
    void aThousandGeneratedTablesInOneText() {
        List<String> templates = templates();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append(templates.get(i % templates.size()).replace("@NAME@", "生成项目" + i)).append('\n');
        }
        long start = System.nanoTime();
        ParsedUpload u = TargetTableTextParser.parse(text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        // a sanity check of linear reading, not a timing assertion: reported for the record
        System.out.println("1000 generated tables parsed in " + millis + " ms");
        assertEquals(1000, u.tables().size());
        for (int i = 0; i < 1000; i++) {
            ParsedTable t = u.tables().get(i);
            assertEquals("生成项目" + i, t.name());
            assertEquals(List.of(5, 7, 6, 6).get(i % 4), t.indicators().size(), t.name());
        }
        assertEquals(0, Seeds.errors(u));
    }

    /** One table from each project layout, its project name replaced by @NAME@. */
    private static List<String> templates() {
        return List.of(
                lines("leting-2024.txt", 29, 109).replace("法制建设", "@NAME@"),
                lines("pengyang-2024.txt", 13, 31).replace("2024 年“司法协理”基层服务专项计划资金", "@NAME@"),
                lines("binhai-2024.txt", 1, 64).replace("天津市滨海新区司法局多种用工人员经费", "@NAME@"),
                lines("xinglong-2025.txt", 160, 253).replace("2025年劳务派遣人员经费", "@NAME@"));
    }

    private static String lines(String seed, int from, int to) {
        List<String> all = Arrays.asList(Seeds.text(seed).split("\n", -1));
        return String.join("\n", all.subList(from - 1, to));
    }

    @Test
    void nothingThrowsOnCutShuffledOrGarbledSeeds() {
        Random random = new Random(20240207);
        String noise = "\t \n%O,.-【】(（:：一级指标二级指标三级指标";
        for (String seed : List.of("leting-2024.txt", "huadu-department.txt", "pengyang-2024.txt", "binhai-2024.txt",
                "xinglong-2025.txt")) {
            List<String> lines = Arrays.asList(Seeds.text(seed).split("\n", -1));
            for (int i = 0; i < lines.size(); i += 17) {
                String head = String.join("\n", lines.subList(0, i));
                String tail = String.join("\n", lines.subList(i, lines.size()));
                assertDoesNotThrow(() -> TargetTableTextParser.parse(head), seed + " head " + i);
                assertDoesNotThrow(() -> TargetTableTextParser.parse(tail), seed + " tail " + i);
            }
            for (int k = 0; k < 40; k++) {
                List<String> shuffled = new ArrayList<>(lines);
                for (int j = 0; j < 20; j++) {
                    Collections.swap(shuffled, random.nextInt(shuffled.size()), random.nextInt(shuffled.size()));
                }
                StringBuilder b = new StringBuilder(String.join("\n", shuffled));
                for (int j = 0; j < 30; j++) {
                    b.insert(random.nextInt(b.length() + 1), noise.charAt(random.nextInt(noise.length())));
                }
                String garbled = b.toString();
                ParsedUpload u = assertDoesNotThrow(() -> TargetTableTextParser.parse(garbled), seed + " " + k);
                assertTrue(!u.tables().isEmpty() || u.hasErrors(), "either tables or the reason why none");
            }
        }
    }

    @Test
    void aDepartmentPartAloneKeepsNoUnitAndSaysNothingAboutMoney() {
        String text = "部门整体绩效目标\n一、总体绩效目标\n提升全县司法行政管理水平。\n二、分项绩效目标\n(1).普法宣传：进一步推进普法。\n";
        ParsedUpload u = TargetTableTextParser.parse(text);
        ParsedTable d = u.tables().get(0);
        assertEquals(TableKind.DEPARTMENT, d.kind());
        assertNull(d.unitName());
        assertEquals("部门整体绩效目标", d.name());
        assertEquals("提升全县司法行政管理水平。", d.goal());
        assertEquals(List.of(new ParsedKeyTask("普法宣传", null, null, "进一步推进普法。")), d.keyTasks());
        assertTrue(u.issues().isEmpty(), u.issues().toString());
    }

    @Test
    void aTableWithoutMoneyUnitTakesTheOneOfTheOthersAndSaysSo() {
        String stated = CELL_TABLE.formatted("甲项目");
        String unstated = CELL_TABLE.formatted("乙项目").replace("\t单位：万元\n", "");
        ParsedUpload u = TargetTableTextParser.parse(stated + unstated);
        ParsedTable t = u.tables().get(1);
        assertEquals("万元", t.moneyUnit());
        assertEquals(List.of(new ImportIssue(Severity.WARNING, "第2个表《乙项目》第32行", "没有写明金额单位，沿用本次上传其他表的「万元」")),
                t.issues());
    }
}
