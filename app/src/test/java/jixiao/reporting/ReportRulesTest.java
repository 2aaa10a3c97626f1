package jixiao.reporting;

import jixiao.common.Problem;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.monitoring.Likelihood;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRulesTest {

    private static final ReportRules.IndicatorTarget COUNT = new ReportRules.IndicatorTarget(1, "普法宣传场次", IndicatorSemantics.wholeTarget(IndicatorValueParser.parse("≥55场")));
    private static final ReportRules.IndicatorTarget RATE = new ReportRules.IndicatorTarget(2, "满意度", IndicatorSemantics.wholeTarget(IndicatorValueParser.parse("≥95%")));
    private static final ReportRules.IndicatorTarget EFFECT = new ReportRules.IndicatorTarget(3, "社会效益", IndicatorSemantics.wholeTarget(IndicatorValueParser.parse("明显提升")));
    private static final ReportRules.Context CONTEXT = new ReportRules.Context(new BigDecimal("30000.00"), "3月底",
            new BigDecimal("10000.00"), List.of(COUNT, RATE, EFFECT));

    @Test
    void acceptsValuesAsPeopleWriteThem() {
        ReportRules.Result r = ReportRules.check(CONTEXT, input("12,000.5", null, null,
                entry(1, "20场", null, null), entry(2, "93％", null, "有可能", "经费保障", "other"), entry(3, null, "部分达成", "POSSIBLE")));
        assertEquals(List.of(), r.problems());
        assertEquals(new BigDecimal("12000.50"), r.draft().spentYuan());
        assertEquals(new BigDecimal("20"), r.draft().progress().get(0).currentValue());
        assertEquals(new BigDecimal("93"), r.draft().progress().get(1).currentValue());
        assertEquals(Likelihood.POSSIBLE, r.draft().progress().get(1).likelihood());
        assertEquals(List.of(DeviationCause.FUNDING, DeviationCause.OTHER), r.draft().progress().get(1).causes());
        assertEquals(Grade.PARTIAL, r.draft().progress().get(2).grade());
        assertEquals(Likelihood.POSSIBLE, r.draft().progress().get(2).likelihood(), "the constant name works too");
    }

    @Test
    void namesTheFieldOfEveryBadValue() {
        List<Problem> p = ReportRules.check(CONTEXT, input("三万", "-1", null,
                entry(1, "二十", null, null), entry(3, "1", "很好", null), entry(1, "2", null, null))).problems();
        assertEquals(List.of(
                new Problem("spentYuan", "累计支出（元）“三万”不是有效的金额"),
                new Problem("adjustedBudgetYuan", "调整后预算（元）“-1”不能为负数"),
                new Problem("indicators[0].currentValue", "指标“普法宣传场次”的当前值“二十”不是数字"),
                new Problem("indicators[1].currentValue", "指标“社会效益”是定性指标，请选择完成情况（达成、部分达成或未达成），不能填写数值“1”"),
                new Problem("indicators[1].grade", "指标“社会效益”的完成情况“很好”无效，应为达成、部分达成或未达成"),
                new Problem("indicators[2].indicatorId", "指标“普法宣传场次”填写了多次")), p);
    }

    @Test
    void spendMustStayWithinTheBudgetAndMayOnlyFallWithAReason() {
        assertEquals(List.of(new Problem("spentYuan", "累计支出 30000.01 元超过预算数（元） 30000.00 元；如年度预算已调整，请填写调整后预算")),
                ReportRules.check(CONTEXT, input("30000.01", null, null)).problems());
        assertEquals(List.of(), ReportRules.check(CONTEXT, input("30000.01", "40000", null)).problems(), "within the adjusted budget");
        assertEquals(List.of(new Problem("spendDecreaseReason", "累计支出 9999.99 元低于上期（3月底）的 10000.00 元，请在“支出减少原因”中说明")),
                ReportRules.check(CONTEXT, input("9999.99", null, " ")).problems());
        ReportRules.Result explained = ReportRules.check(CONTEXT, input("9999.99", null, "冲回误列支"));
        assertEquals("冲回误列支", explained.draft().spendDecreaseReason());
        assertNull(ReportRules.check(CONTEXT, input("10000", null, "不需要")).draft().spendDecreaseReason(),
                "a reason is only kept while the spend is lower");
    }

    @Test
    void submittingNeedsEveryIndicatorAndReasonsWhereTheTargetIsAtRisk() {
        ReportRules.Draft draft = ReportRules.check(CONTEXT, input("12000", null, null,
                entry(1, "20", null, "确定能"), entry(2, "93", null, "完全不可能", "OTHER"))).draft();
        List<String> missing = ReportRules.completeness(CONTEXT, draft).stream().map(Problem::message).toList();
        assertEquals(List.of(
                "提交前请填写指标“普法宣传场次”的全年预计完成情况",
                "提交前请填写指标“满意度”的全年预计完成情况",
                "指标“满意度”的完成目标可能性为“完全不可能”，请填写纠偏措施",
                "指标“满意度”的偏差原因选择了“其他”，请在偏差原因说明中写明",
                "提交前请选择指标“社会效益”的完成情况",
                "提交前请填写指标“社会效益”的全年预计完成情况",
                "提交前请选择指标“社会效益”的完成目标可能性"), missing);
        assertTrue(ReportRules.completeness(CONTEXT, ReportRules.check(CONTEXT, input(null, null, null)).draft()).get(0)
                .message().contains("累计支出"));
    }

    private static PeriodReportInput input(String spent, String adjusted, String reason, PeriodReportInput.IndicatorEntry... entries) {
        return new PeriodReportInput(null, spent, adjusted, reason, List.of(entries));
    }

    private static PeriodReportInput.IndicatorEntry entry(long id, String value, String grade, String likelihood, String... causes) {
        return new PeriodReportInput.IndicatorEntry(id, value, grade, null, likelihood, Arrays.asList(causes), null, null);
    }
}
