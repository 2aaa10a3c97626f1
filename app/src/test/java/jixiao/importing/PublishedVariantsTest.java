package jixiao.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readers' general rules that let three published variants read (cases taken from
 * {@code published/hunan-xiangtan-2023-wupaoche.txt}, {@code guangdong-dongguan-2019-lianwanglu.txt} and
 * {@code chongqing-fengjie-2023-jiagongyuan.txt}): their labels, level names, columns and row shapes.
 */
class PublishedVariantsTest {

    @ParameterizedTest
    @CsvSource({"项目支出名称,NAME", "预算部门,DEPARTMENT", "年度本级 预算金额,BUDGET", "该项目支出上级资金,NOTED_VALUE",
            "项目支出实施期,TERM", "本年度绩效目标,GOAL", "实施期绩效目标,LONG_GOAL",
            "本年度申请市财政预算资金(万元),BUDGET", "本年度申请市财政预算资金（万元）,BUDGET", "中期市财政预算(万元),NOTED_VALUE",
            "财政资金科目代码,NOTED_VALUE", "财政资金预算分类,NOTED_VALUE", "当年年度预算,BUDGET"})
    void publishedLabels(String cell, Field field) {
        assertEquals(field, Field.of(cell));
    }

    @Test
    void aMoneyUnitAfterAnUnknownLabelMakesNoLabel() {
        assertNull(Field.of("中期市级预算(万元)"));
    }

    @ParameterizedTest
    @CsvSource({"预期产出指标,产出指标", "效果指标,效益指标", "成本指标(0-20)分,成本指标", "产出指标（40-50）分,产出指标"})
    void firstLevelNamesOfOtherProvinces(String cell, String level) {
        assertEquals(level, LevelReading.first(cell, true));
        assertNull(LevelReading.writtenPoints(cell), "a band of points is not the level's weight");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"数量指标(或建筑规模指标);数量指标", "时效指标(工期指标);时效指标",
            "时效指标(工期指标、形象进度指标);时效指标", "预算(或投资规模)控制指标;成本指标",
            "社会、经济、生态效益 指标;社会效益指标"})
    void secondLevelNamesWithGlosses(String cell, String level) {
        assertEquals(level, LevelReading.second(cell, true));
    }

    @Test
    void aGlossDoesNotMakeAnIndicatorNameALevel() {
        assertNull(LevelReading.second("补助款结算误差率(或计划水平)", true));
    }

    @Test
    void performanceStandardIsTheBasisColumn() {
        assertEquals(IndicatorColumn.BASIS, IndicatorColumn.of("绩效标准"));
    }

    @Test
    void anAmountWrittenWithWan() {
        TableDraft d = new TableDraft(TableKind.PROJECT, 1);
        assertEquals(new BigDecimal("250"), d.amount(jixiao.project.GuessedField.BUDGET, "预算金额", "250万", 3));
        assertEquals("万元", d.moneyUnit);
    }

    /** 湘潭: a web table copied one cell a line, rows apart by blank lines, labels alone on their lines. */
    @Test
    void xiangtanLabelsAloneOnTheirLinesAndAStandardColumn() {
        String text = """
                2023年项目支出绩效目标申报表

                填报单位:(盖章) 单位:万元

                项目支出名称
                雾炮车降尘抑尘服务
                预算部门
                湘潭市环境卫生管理处

                年度本级 预算金额
                250万
                该项目支出上级资金
                0

                本年度 绩效指标
                一级指标
                二级指标
                三级指标
                指标值及单位
                绩效标准

                产出指标
                数量指标
                雾炮车降尘抑尘服务配备车辆数
                10辆
                计划标准

                雾炮车风炮射程
                ≥80M
                计划标准

                质量指标
                服务周期内空气质量
                优良
                计划标准
                """;
        ParsedTable t = TargetTableTextParser.parse(text).tables().get(0);
        assertEquals("雾炮车降尘抑尘服务", t.name());
        assertEquals("湘潭市环境卫生管理处", t.departmentName());
        assertEquals(new BigDecimal("250"), t.budget());
        assertNull(t.fiscalFunds(), "the higher level's money is beside the budget, not a part of it");
        assertEquals(List.of(
                        "产出指标|数量指标|雾炮车降尘抑尘服务配备车辆数|10辆|null|计划标准",
                        "产出指标|数量指标|雾炮车风炮射程|≥80M|null|计划标准",
                        "产出指标|质量指标|服务周期内空气质量|优良|null|计划标准"),
                read(t));
    }

    /**
     * 东莞: the name's label ends its line and its value opens the next, before other labels; the header broken over
     * lines; 中期 and 年度 blocks side by side; a row that never reaches the year's block.
     */
    @Test
    void dongguanSideBySideBlocksUnderABrokenHeader() {
        String text = String.join("\n",
                "项目 名称",
                "镇际联网路升级改造工程一期\t中期市财政预算(万元)\t284500.00\t本年度申请市财政预算资金(万元)\t919.00",
                "绩效指标\t一级 指标",
                "二级 指标",
                "三级 指标",
                "指标值(或计划水平)\t二级 指标",
                "三级 指标",
                "计划指标值(或计划水平)",
                "预期产出指标\t数量指标(或建筑规模指标)\t镇街补助款完成结算项目数\t3\t数量指标(或建筑规模指标)\t镇街补助款完成结算项目数\t4",
                "质量指标\t补助款结算误差率\t±3%以内\t质量指标\t补助款结算误差率\t±2%以内",
                "效果指标\t社会、经济、生态效益 指标\t补助款结算争议率\t0%\t社会、经济、生态效益 指标\t补助款结算争议率\t0%",
                "可持续影响指标\t实现建设总目标控制程度", "");
        ParsedUpload u = TargetTableTextParser.parse(text);
        ParsedTable t = u.tables().get(0);
        assertEquals("镇际联网路升级改造工程一期", t.name());
        assertEquals(new BigDecimal("919.00"), t.budget());
        assertEquals("万元", t.moneyUnit());
        assertEquals(List.of(
                        "产出指标|数量指标|镇街补助款完成结算项目数|4|3|null",
                        "产出指标|质量指标|补助款结算误差率|±2%以内|±3%以内|null",
                        "效益指标|社会效益指标|补助款结算争议率|0%|0%|null"),
                read(t));
        assertTrue(t.issues().stream().anyMatch(i -> i.where().endsWith("第12行") && i.message().contains("实现建设总目标控制程度")),
                t.issues().toString());
    }

    /** 奉节: labels on spaced lines, 预算单位 over the table and 实施单位 in it, a 分值 column and bands of points. */
    @Test
    void fengjieApprovalFormOnSpacedLines() {
        String text = String.join("\n",
                "预算单位: 奉节县云雾土家族乡人民政府",
                "金额单位:万元",
                "项目名称 2023年云雾土家族乡加工园配套设施建设项目 项目分类 资产资源类--房屋类",
                "实施单位 云雾土家族乡 项目负责人 徐德迁 联系电话 13452649655",
                "项目总预算 65 财政资金预算分类 一般公共预算",
                "当年年度预算 65",
                "其中:财政资金 65 财政资金科目代码 21305",
                "其中:其它资金 0",
                "年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释",
                "成本指标(0-20)分 经济成本指标 项目建设成本 ≤65万元 10",
                "社会成本指标", "");
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(1, u.tables().size(), u.issues().toString());
        ParsedTable t = u.tables().get(0);
        assertEquals("2023年云雾土家族乡加工园配套设施建设项目", t.name());
        assertEquals("云雾土家族乡", t.unitName());
        assertEquals(new BigDecimal("65"), t.budget());
        assertEquals(new BigDecimal("65"), t.fiscalFunds());
        assertEquals(new BigDecimal("0"), t.otherFunds());
        assertEquals(1, t.indicators().size());
        ParsedIndicator i = t.indicators().get(0);
        assertEquals(List.of("成本指标", "经济成本指标", "项目建设成本", "≤65万元", "10"),
                List.of(i.level1(), i.level2(), i.name(), i.target(), i.weight()));
    }

    /** Each indicator as 一级|二级|三级|target|period target|basis. */
    private static List<String> read(ParsedTable t) {
        return t.indicators().stream().map(i -> String.join("|", i.level1(), i.level2(), i.name(), String.valueOf(i.target()),
                String.valueOf(i.periodTarget()), String.valueOf(i.basis()))).toList();
    }
}
