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

    /**
     * 岳阳县 2022 (published/hunan-yueyang-2022-gaobiaozhun.txt) writes 万元 as {@code 万} with the breakdown in
     * brackets, and its web page repeats the amount of a cell merged over two columns ({@code 854万854万(…)}): the
     * amount is read once, in 万元, and the repeat is a warning on the fiscal funds.
     */
    @Test
    void anAmountWrittenWithWanAndRepeatedByAMergedCellIsReadOnceWithAWarning() {
        String text = """
                绩效目标申报表
                项目名称\t岳阳县2022年高标准农田建设项目
                主管部门\t岳阳县农业农村局\t实施单位\t农田建设服务中心
                年度资金总额:\t854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)
                \t其中:财政拨款\t854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)
                \t其他资金\t
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        assertEquals("万元", t.moneyUnit());
        assertEquals(new BigDecimal("854"), t.budget());
        assertEquals(new BigDecimal("854"), t.fiscalFunds());
        assertEquals(List.of(new ImportIssue(Severity.WARNING, "第1个表《岳阳县2022年高标准农田建设项目》第5行",
                "其中:财政拨款「854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)」把同一金额写了两遍"
                        + "（合并单元格重复），按 854万元 读取，请核对")), t.issues());
        assertEquals(jixiao.project.GuessedField.FISCAL_FUNDS, t.guesses().get(0).field());

        // two different amounts, or the same one without its unit (85485), are not a repeat
        ParsedTable differing = TargetTableTextParser.parse(text.replace("854万854万(", "854万845万(")).tables().get(0);
        assertNull(differing.fiscalFunds());
        assertTrue(differing.issues().stream().anyMatch(i -> i.message().contains("不是数字")), differing.issues().toString());
    }

    /**
     * 原州区 2022 (published/ningxia-yuanzhou-2022-shuiyuan.txt) prints the form's filling hint after each 二级指标:
     * {@code 数量指标 (必填硬性指标)}, {@code 经济效益 指标 (选填)}. The level is read without it.
     */
    @Test
    void aSecondLevelWithTheFormsFillingHintIsStillThatLevel() {
        assertEquals("数量指标", LevelReading.second("数量指标 (必填硬性指标)", false));
        assertEquals("质量指标", LevelReading.second("质量指标（必填）", false));
        assertEquals("经济效益指标", LevelReading.second("经济效益 指标 (选填)", false));
        assertNull(LevelReading.second("受益人数(必填)", false), "a hint makes no level of another name");
        String text = """
                项目支出绩效目标申报表
                项目名称\t原州区2022年南部水源涵养林建设项目
                项目资金 (万元)\t年度资金总额:\t6070.00
                其中:财政拨款\t6070.00
                绩 效 指 标\t一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标 (必填硬性指标)\t实施营造林总面积(亩)\t80000
                其中:实施新造林总面积(亩)\t30000
                质量指标 (必填)\t苗木成活率(≥**%)\t85
                效益指标\t经济效益 指标 (选填)\t增加就业机会,提高农民收入。
                社会效益 指标 (必填)\t受益人数(人)\t132
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        List<String> read = t.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of("产出指标/数量指标/实施营造林总面积(亩)/80000", "产出指标/数量指标/其中:实施新造林总面积(亩)/30000",
                "产出指标/质量指标/苗木成活率(≥**%)/85", "效益指标/经济效益指标/增加就业机会,提高农民收入。/null",
                "效益指标/社会效益指标/受益人数(人)/132"), read);
    }

    /** 黄石 2022's 批复表 (published/hubei-huangshi-2022-zhutiban.txt) names its amounts 项目金额 and 当年市级财政资金. */
    @Test
    void aReplyFormsAmountAndTheFiscalFundsNamedByTheirLevel() {
        String text = """
                项目支出绩效目标批复表
                项目名称\t主体班\t项目负责人
                项目金额\t164万元\t其中:当年市级财政资金\t132万元
                项目主管部门\t\t实施单位\t中共黄石市委党校
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        assertEquals("万元", t.moneyUnit());
        assertEquals(new BigDecimal("164"), t.budget());
        assertEquals(new BigDecimal("132"), t.fiscalFunds());
        assertEquals(new BigDecimal("80"), TargetTableTextParser.parse(text.replace("当年市级财政资金\t132", "当年县级财政资金\t80"))
                .tables().get(0).fiscalFunds());
    }

    /**
     * A web page's 申报表 copied as text without tabs gives every cell on its own line, the indicator header and rows
     * too (岳阳县 2022, 清涧 2021 in published/): the header cells after a lone 一级指标 make the header, and each row
     * is its level cells (a 二级 cell wrapped as {@code 经济效益} + {@code 指标} is one), its name and its value. The
     * block heading {@code 绩效指标} is not the goal going on; a row cut off before its name is said to be left out.
     */
    @Test
    void anIndicatorBlockGivenOneCellALineIsReadRowByRow() {
        String text = """
                绩效目标申报表
                项目名称
                岳阳县2022年高标准农田建设项目
                主管部门
                岳阳县农业农村局
                年度资金总额:
                854万
                其中:财政拨款
                854万
                年度目标
                完成项目主体工程70%

                绩效指标

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

                成本指标

                财政资金补助

                1600元/亩

                效益指标

                经济效益

                指标

                年增粮食

                3500公斤

                满意度指标
                服务对象满意度指标
                受益脱贫(监测)户满意度
                ≥95%
                效益指标
                社会效益
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        assertEquals("完成项目主体工程70%", t.goal());
        List<String> read = t.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of("产出指标/数量指标/脱贫村村内道路硬化里程/≥100公里", "产出指标/数量指标/脱贫户供水设施数量/≥20座",
                "产出指标/成本指标/财政资金补助/1600元/亩", "效益指标/经济效益指标/年增粮食/3500公斤",
                "满意度指标/服务对象满意度指标/受益脱贫(监测)户满意度/≥95%"), read);
        assertEquals(List.of("无法识别的文字「效益指标」，已略过", "无法识别的文字「社会效益」，已略过"), t.issues().stream()
                .map(ImportIssue::message).filter(m -> m.contains("效益")).toList());
    }

    /**
     * 黄石 2022's 批复表 copied from its web page (published/hubei-huangshi-2022-zhutiban.txt): the cells merged down
     * are left out of the rows they cover, so the second header row ({@code 2021年实际实现值 | 预期2022年实现值})
     * starts at the left and divides 指标值, the rows lack their 一级 cell, which lands in the middle of its rows
     * without a 二级 (the 二级 above goes on), a row's one value is its target, and the seal boxes are no indicator.
     */
    @Test
    void aWebCopiedReplyFormsIndicatorsWithMergedCellsLeftOut() {
        String text = """
                项目支出绩效目标批复表
                项目名称\t主体班\t项目负责人
                项目金额\t164万元\t其中:当年市级财政资金\t132万元
                年度绩效目标(文字)\t主体班培训280人次。
                绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标标准或依据
                2021年实际实现值\t预期2022年实现值
                数量指标\t主体班培训人次\t280人次
                情景教学或外训批次\t6次
                产出指标\t开设课程数量\t220
                质量指标\t培训完成率\t100%
                满意度指标\t服务对象满意度指标\t培训学员对培训效果满意度\t≥95%
                财政资金管理科室(盖章) 年 月 日\t财政绩效管理科室(盖章) 年 月 日
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        assertEquals("主体班培训280人次。", t.goal());
        List<String> read = t.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.target()).toList();
        assertEquals(List.of("产出指标/数量指标/主体班培训人次/280人次", "产出指标/数量指标/情景教学或外训批次/6次",
                "产出指标/数量指标/开设课程数量/220", "产出指标/质量指标/培训完成率/100%",
                "满意度指标/服务对象满意度指标/培训学员对培训效果满意度/≥95%"), read);
        assertTrue(t.issues().stream().anyMatch(i -> i.message().contains("财政资金管理科室(盖章)")), t.issues().toString());
    }
}
