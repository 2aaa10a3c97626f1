package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layouts of 四川 井研县马踏镇 2023 (one table, many projects, the project in columns) and 武汉市青山区 2020
 * (one cell a line, 长期 and 年度 indicators side by side, 当年 amounts), read from cases of those published tables.
 */
class ProjectColumnLayoutTest {

    private static final String JINGYAN = String.join("\n",
            "部门预算项目绩效目标申报表(2023年度)",
            "金额单位:元",
            "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性",
            "820-马踏镇部门\t8,827,620.53",
            "820001-井研县马踏镇人民政府\t村组干部报酬\t3,309,840.00\t按时发放村组干部报酬\t效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标",
            "产出指标\t时效指标\t维持时效\t≥\t1\t年\t20\t正向指标",
            "基层组织活动经费\t660,000.00\t包括必要的办公用品费\t满意度指标\t服务对象满意度指标\t辖区内群众满意度\t≥\t95\t%\t10\t正向指标",
            "产出指标\t数量指标\t行政村数量\t=\t11\t个\t10");

    @Test
    void aChangeOfProjectNameInTheProjectColumnStartsTheNextProject() {
        ParsedUpload read = TargetTableTextParser.parse(JINGYAN);
        assertEquals(List.of("村组干部报酬", "基层组织活动经费"), read.tables().stream().map(ParsedTable::name).toList());
        ParsedTable first = read.tables().get(0);
        assertEquals(0, new BigDecimal("3309840.00").compareTo(first.budget()));
        assertEquals("元", first.moneyUnit());
        assertEquals("820001", first.unitCode());
        assertEquals("井研县马踏镇人民政府", first.unitName());
        assertEquals(List.of("维护社会稳定:≥95%:10", "维持时效:≥1年:20"), indicators(first));
        ParsedTable second = read.tables().get(1);
        // its unit was merged over both projects: carried down
        assertEquals("井研县马踏镇人民政府", second.unitName());
        assertEquals("元", second.moneyUnit());
        assertEquals(0, new BigDecimal("660000.00").compareTo(second.budget()));
        assertEquals("包括必要的办公用品费", second.goal());
        assertEquals(List.of("辖区内群众满意度:≥95%:10", "行政村数量:11个:10"), indicators(second));
        assertEquals("满意度指标", second.indicators().get(0).level1());
        assertEquals("数量指标", second.indicators().get(1).level2());
        // the department's total line is no indicator, and is said to be left out
        assertTrue(read.issues().stream().anyMatch(i -> i.message().contains("820-马踏镇部门")));
        assertFalse(read.hasErrors(), read.issues().toString());
    }

    @Test
    void aTableWithoutAProjectColumnIsNotRestated() {
        List<CellTableReader.Row> rows = List.of(
                new CellTableReader.Row(List.of("一级指标", "二级指标", "三级指标", "指标值"), List.of(1), false),
                new CellTableReader.Row(List.of("产出指标", "数量指标", "场次", "≥5场"), List.of(2), false));
        assertEquals(rows, ProjectColumnTable.restated(rows));
        assertTrue(ProjectColumnTable.isHeader(new CellTableReader.Row(
                List.of("项目名称", "一级指标", "二级指标", "三级指标"), List.of(1), false)));
    }

    @Test
    void aUnitCodeMayStandBeforeADash() {
        var m = Patterns.UNIT.matcher("820001-井研县马踏镇人民政府");
        assertTrue(m.matches());
        assertEquals("820001", m.group(1));
        assertEquals("井研县马踏镇人民政府", m.group(2));
    }

    /** 青山区 2020 as its page's text gives it: a cell a line, each followed by an empty line, an empty cell a space. */
    private static final String QINGSHAN = String.join("\n\n",
            "项目支出绩效目标表", "项目名称", "教育系统基础设施建设和设备购置", "主管部门", "及编码", "[015001]武汉市青山区教育局",
            "实施单位", "武汉市青山区教育局", "项目资金", "资金总额", "12000万元", "当年资金总额:", "10000万元",
            "其中:财政拨款", "11000万元", "其中:当年财政拨款", "9000万元", "其他资金", " ", "当年其他资金", " ",
            "一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)",
            "产出指标", "数量指标", " ", " ", "数量指标", "重点建设工程安排数量", "2",
            "满意度指标", "服务对象满意度指标", " ", " ", "服务对象满意度指标", "学生、家长、社会满意度", "≥90%",
            " ", "附件:", "扫一扫在手机打开当前页", "[下载] [打印] [关闭]") + "\n";

    @Test
    void aCellALineTableSideBySideReadsTheYearsIndicatorsAndTheYearsMoney() {
        ParsedUpload read = TargetTableTextParser.parse(QINGSHAN);
        assertEquals(1, read.tables().size(), read.issues().toString());
        ParsedTable t = read.tables().get(0);
        assertEquals("教育系统基础设施建设和设备购置", t.name());
        assertEquals("[015001]武汉市青山区教育局", t.departmentName());
        assertEquals("万元", t.moneyUnit());
        // 当年 is the year's money: the term's 资金总额 and 财政拨款 beside it are not the budget
        assertEquals(0, new BigDecimal("10000").compareTo(t.budget()));
        assertEquals(0, new BigDecimal("9000").compareTo(t.fiscalFunds()));
        assertEquals(List.of("重点建设工程安排数量:2:null", "学生、家长、社会满意度:≥90%:null"), indicators(t));
        assertEquals("数量指标", t.indicators().get(0).level2());
        assertEquals("服务对象满意度指标", t.indicators().get(1).level2());
        assertFalse(read.hasErrors(), read.issues().toString());
    }

    /** 岳阳县 2022's page leaves merged cells out: its rows are not the header's width, so they are not counted off. */
    @Test
    void cellLinesWithoutEmptyCellsAreNotCountedIntoRows() {
        assertEquals(null, IndicatorCellLines.at(cellLines("一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
                "脱贫村村内道路硬化里程", "≥100公里", "脱贫户供水设施数量", "≥20座", "质量指标", "项目(工程)验收合格率", "100%"), 0, 26));
        List<SourceLine> shown = cellLines("一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
                "脱贫村村内道路硬化里程", "≥100公里", " ", " ", "脱贫户供水设施数量", "≥20座", "附件:");
        IndicatorCellLines.Grid grid = IndicatorCellLines.at(shown, 0, shown.size());
        assertEquals(2, grid.rows().size());
        assertEquals(List.of("", "", "脱贫户供水设施数量", "≥20座"), grid.rows().get(1).cells());
        assertEquals(23, grid.end());
    }

    private static List<SourceLine> cellLines(String... cells) {
        List<SourceLine> lines = new java.util.ArrayList<>();
        for (String c : cells) {
            lines.add(new SourceLine(lines.size() + 1, c));
            lines.add(new SourceLine(lines.size() + 1, ""));
        }
        return lines;
    }

    @Test
    void theYearsAmountIsKeptWhicheverComesFirst() {
        ParsedUpload read = TargetTableTextParser.parse(String.join("\n", "项目名称\t教育设备",
                "当年资金总额\t10", "资金总额\t30", "其中:当年财政拨款\t8", "其中:财政拨款\t20",
                "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t设备\t2台"));
        ParsedTable t = read.tables().get(0);
        assertEquals(0, BigDecimal.TEN.compareTo(t.budget()));
        assertEquals(0, new BigDecimal("8").compareTo(t.fiscalFunds()));
    }

    private static List<String> indicators(ParsedTable t) {
        return t.indicators().stream().map(i -> i.name() + ":" + i.target() + ":" + i.weight()).toList();
    }
}
