package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The warnings the seeds do not provoke: each guess says what was read and what was assumed. */
class ReadingGuessesTest {

    private static final String HEAD = """
            1.测试项目绩效目标表
            \t315001测试县司法局本级
            \t单位：万元

            \t项目名称
            \t测试项目

            """;
    private static final String INDICATOR_HEADER = """
            \t一级指标
            \t二级指标
            \t三级指标
            \t绩效指标描述
            \t指标值
            \t指标值确定依据

            """;

    private static ParsedTable only(String text) {
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(1, u.tables().size(), u.tables().toString());
        return u.tables().get(0);
    }

    private static ImportIssue warning(String where, String message) {
        return new ImportIssue(Severity.WARNING, where, message);
    }

    @Test
    void aSecondLevelWithoutItsFirstLevelImpliesIt() {
        ParsedTable t = only(HEAD + INDICATOR_HEADER + "\t\n\t数量指标\n\t培训次数\n\t培训次数\n\t≥6次\n\t工作需要\n");
        assertEquals("产出指标|数量指标|培训次数|培训次数|≥6次|工作需要", Seeds.row(t.indicators().get(0)));
        assertEquals(List.of(warning("第1个表《测试项目》第15行", "二级指标「数量指标」前没有对应的一级指标，按「产出指标」处理")),
                t.issues());
    }

    @Test
    void anIndicatorRowWithoutNameIsKeptAndFlagged() {
        ParsedTable t = only(HEAD + INDICATOR_HEADER + "\t产出指标\n\t数量指标\n\t\n\t培训次数\n\t≥6次\n\t工作需要\n");
        assertNull(t.indicators().get(0).name());
        assertEquals(List.of(warning("第1个表《测试项目》第15行", "这一行指标没有三级指标名称")), t.issues());
    }

    @Test
    void aPlanWithoutMonthsTakesTheFourQuarterlyCheckpoints() {
        ParsedTable t = only(HEAD + "\t资金支出计划（%）\n\n\t\n\t25%\n\t50%\n\t75%\n\t100%\n");
        assertEquals("3:25 6:50 10:75 12:100", Seeds.plan(t));
        assertEquals(List.of(warning("第1个表《测试项目》第8行", "资金支出计划没有月份表头，按3月底、6月底、10月底、12月底处理")),
                t.issues());
    }

    @Test
    void aMisreadAmountInWordTextIsRepairedAndFlagged() {
        ParsedTable t = only(HEAD + "\t预算数\n\t3,00\n");
        assertEquals(new java.math.BigDecimal("3.00"), t.budget());
        assertEquals(List.of(warning("第1个表《测试项目》第9行", "预算数读作「3,00」，按识别错误修正为 3.00")), t.issues());
    }

    @Test
    void unknownTextInsideATableIsReportedAndLeftOut() {
        ParsedTable t = only(HEAD + "\t附注\n\t以上数据未经审计\n");
        assertEquals(List.of(warning("第1个表《测试项目》第8行", "无法识别的文字「附注」，已略过"),
                warning("第1个表《测试项目》第9行", "无法识别的文字「以上数据未经审计」，已略过")), t.issues());
    }

    @Test
    void aTableWithAmountsButNoMoneyUnitAnywhereIsFlagged() {
        ParsedTable t = only("1.测试项目绩效目标表\n\t项目名称\n\t测试项目\n\n\t预算数\n\t3.00\n");
        assertNull(t.moneyUnit());
        assertEquals(List.of(warning("第1个表《测试项目》第1行", "没有写明金额单位（元或万元）")), t.issues());
    }

    @Test
    void scannedPlansWithMorePercentagesThanMonthsKeepTheFirst() {
        ParsedTable t = only("""
                1.测试项目绩效目标表
                315001测试县司法局本级 单位:万元
                项目名称 测试项目
                资金支出计划 3月底 6月底 10月底 12月底
                划 (%) 20% 40% 60% 100% 100%
                """);
        assertEquals("3:20 6:40 10:60 12:100", Seeds.plan(t));
        assertEquals(List.of(warning("第1个表《测试项目》第4行", "资金支出计划读出的百分比（20% 40% 60% 100% 100%）多于月份，多出的已略过")),
                t.issues());
    }

    @Test
    void aScannedIndicatorWithTooFewPiecesIsDealtOutByContent() {
        ParsedTable t = only("""
                1.测试项目绩效目标表
                315001测试县司法局本级 单位:万元
                项目名称 测试项目
                一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据
                产出指标
                数量指标 发放人数 工作需要
                """);
        assertEquals("产出指标|数量指标|发放人数|||工作需要", Seeds.row(t.indicators().get(0)));
        assertEquals(List.of(warning("第1个表《测试项目》第6行",
                "扫描件中断开的指标已按列拼合，请核对：三级指标「发放人数」，绩效指标描述「」，指标值「」，指标值确定依据「工作需要」")),
                t.issues());
    }

    @Test
    void aDepartmentIndicatorWithoutValueKeepsItsTextAsName() {
        ParsedUpload u = TargetTableTextParser.parse("部门整体绩效目标\n二、分项绩效目标\n1.普法宣传工作\n绩效目标:持续推进。\n绩效指标:加强宣传\n");
        ParsedTable d = u.tables().get(0);
        assertEquals("加强宣传", d.indicators().get(0).name());
        assertNull(d.indicators().get(0).target());
        assertEquals(List.of(warning("第1个表《部门整体绩效目标》第5行", "部门绩效指标「加强宣传」分不出指标值，整段作为指标名称"),
                warning("第1个表《部门整体绩效目标》第5行", "部门绩效指标「加强宣传」没有写明级次，按「产出指标/数量指标」处理")),
                d.issues());
    }
}
