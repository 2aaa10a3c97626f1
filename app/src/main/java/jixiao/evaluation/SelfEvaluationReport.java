package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.project.MergedRows;
import jixiao.project.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 项目支出绩效自评表 laid out as it is printed and exported: money in the unit the target table was
 * published in, the indicator rows with their merged 一级/二级 cells. The page and the workbook both render
 * this, so they show the same figures; the {@code …Text} methods are how every number is written.
 */
public record SelfEvaluationReport(
        String yearLine,
        String projectName,
        String departmentName,
        String unitName,
        String moneyUnit,
        List<MoneyLine> money,
        String goal,
        String achievement,
        List<MergedRows.Row<Line>> indicators,
        BigDecimal totalWeight,
        BigDecimal total,
        String grade,
        String executionExplanation,
        String totalExplanation,
        List<String> notes,
        String statusLabel) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * A money row; amounts in the report's money unit.
     *
     * @param rate 执行率 in percent (90.00 = 90%)
     */
    public record MoneyLine(String label, BigDecimal initial, BigDecimal fullYear, BigDecimal executed,
                            BigDecimal weight, BigDecimal rate, BigDecimal score) {

        public String initialText() {
            return amount(initial);
        }

        public String fullYearText() {
            return amount(fullYear);
        }

        public String executedText() {
            return amount(executed);
        }

        public String weightText() {
            return points(weight);
        }

        public String rateText() {
            return rate == null ? "" : rate.toPlainString() + "%";
        }

        public String scoreText() {
            return points(score);
        }
    }

    /** An indicator row: 年度指标值, 实际完成值, 分值, 得分, 偏差原因 and how the score was reached. */
    public record Line(String level1, String level2, String name, String target, String actual, BigDecimal weight,
                       BigDecimal score, String deviationReason, String explanation) {

        public String weightText() {
            return points(weight);
        }

        public String scoreText() {
            return points(score);
        }
    }

    public String totalWeightText() {
        return points(totalWeight);
    }

    public String totalText() {
        return points(total);
    }

    /** 评价等级, or 不计分 while the weights do not add up and there is no total. */
    public String gradeText() {
        return grade != null ? grade : Messages.text("evaluation.summary.noTotal");
    }

    public static SelfEvaluationReport of(SelfEvaluationView sheet) {
        MoneyUnit unit = MoneyUnit.parse(sheet.moneyUnit()).orElse(MoneyUnit.YUAN);
        List<MoneyLine> money = sheet.money().stream()
                .map(m -> new MoneyLine(m.label(), inUnit(m.initialYuan(), unit), inUnit(m.fullYearYuan(), unit),
                        inUnit(m.executedYuan(), unit), m.weight() == null ? null : Numbers.round2(m.weight()), m.rate(),
                        m.score()))
                .toList();
        List<Line> lines = sheet.indicators().stream()
                .map(r -> new Line(r.level1(), r.level2(), r.name(), r.target(), actual(r), r.weight(), r.score(),
                        r.deviationReason() == null ? "" : r.deviationReason(), r.explanation()))
                .toList();
        return new SelfEvaluationReport(Messages.text("evaluation.report.yearLine", String.valueOf(sheet.year())),
                sheet.projectName(), sheet.departmentName() == null ? "" : sheet.departmentName(),
                sheet.unitCode() + sheet.unitName(), sheet.moneyUnit(), money, sheet.goal() == null ? "" : sheet.goal(),
                sheet.achievement() == null ? "" : sheet.achievement(),
                MergedRows.of(lines, Line::level1, Line::level2), Numbers.round2(HUNDRED), sheet.total(), sheet.grade(),
                sheet.executionExplanation(), sheet.totalExplanation(), sheet.notes(), sheet.statusLabel());
    }

    /** 实际完成值 as written on the form: the number with the target's unit, or the judgement in words. */
    private static String actual(SelfEvaluationView.IndicatorRow row) {
        String main = row.quantitative()
                ? (row.actual() == null ? "" : Numbers.plain(row.actual()) + (row.unit() == null ? "" : row.unit()))
                : (row.gradeLabel() == null ? "" : row.gradeLabel());
        if (row.actualText() == null) {
            return main;
        }
        return main.isEmpty() ? row.actualText() : Messages.text("evaluation.report.actualWithText", main, row.actualText());
    }

    private static BigDecimal inUnit(BigDecimal yuan, MoneyUnit unit) {
        return yuan == null ? null : unit.fromYuan(yuan);
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String points(BigDecimal points) {
        return points == null ? "" : points.toPlainString();
    }
}
