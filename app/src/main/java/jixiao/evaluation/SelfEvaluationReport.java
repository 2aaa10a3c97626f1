package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.evaluation.department.DepartmentPart;
import jixiao.evaluation.department.DepartmentSheet;
import jixiao.project.MergedRows;
import jixiao.project.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 项目支出绩效自评表 laid out as it is printed and exported: money in the unit the target table was
 * published in, the indicator rows with their merged 一级/二级 cells. The page and the workbook both render
 * this, so they show the same figures; the {@code …Text} methods are how every number is written.
 *
 * <p>A department target's sheet is the 部门整体支出绩效自评表: the same blocks under its own title, with
 * {@code department} adding the 年度重点工作任务 and the department's projects.
 *
 * @param title       项目支出绩效自评表 or 部门整体支出绩效自评表
 * @param department  the department's own blocks; null on a project's sheet
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
        String statusLabel,
        String title,
        Department department) {

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

    /** The department's blocks, amounts in the report's money unit. */
    public record Department(List<TaskLine> keyTasks, List<ProjectLine> projects, ProjectLine projectsTotal,
                             List<String> notes) {
    }

    /** A 年度重点工作任务: 拟投入资金, 实际执行资金, 执行率, 完成情况 and 完成程度. */
    public record TaskLine(int position, String name, String content, BigDecimal planned, BigDecimal executed,
                           BigDecimal rate, String completion, String gradeLabel) {

        public String plannedText() {
            return amount(planned);
        }

        public String executedText() {
            return amount(executed);
        }

        public String rateText() {
            return percent(rate);
        }
    }

    /** A project of the department (or their total) with its 自评表's figures. */
    public record ProjectLine(String code, String name, String unitName, BigDecimal fullYear, BigDecimal executed,
                              BigDecimal rate, BigDecimal total, String grade, String statusLabel) {

        public String fullYearText() {
            return amount(fullYear);
        }

        public String executedText() {
            return amount(executed);
        }

        public String rateText() {
            return percent(rate);
        }

        public String totalText() {
            return points(total);
        }
    }

    /** 项目名称 on a project's sheet, 部门名称 on a department's. */
    public String nameLabel() {
        return Messages.text(department == null ? "evaluation.report.projectName" : "department.report.name");
    }

    /** The money block's heading: 项目资金（万元） or 部门整体支出（万元）. */
    public String moneyHeader() {
        return Messages.text(department == null ? "evaluation.report.moneyHeader" : "department.report.moneyHeader",
                moneyUnit);
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
                sheet.executionExplanation(), sheet.totalExplanation(), sheet.notes(), sheet.statusLabel(),
                Messages.text(sheet.isDepartment() ? "department.report.title" : "evaluation.report.title"),
                sheet.isDepartment() ? department(sheet.department(), unit) : null);
    }

    private static Department department(DepartmentPart part, MoneyUnit unit) {
        List<TaskLine> tasks = part.keyTasks().stream()
                // 乐亭's 分项绩效目标 describe a task by its goal alone: that is its content then
                .map(t -> new TaskLine(t.position(), t.name(), t.content() != null ? t.content()
                        : t.expectedGoal() == null ? "" : t.expectedGoal(),
                        inUnit(t.plannedYuan(), unit), inUnit(t.executedYuan(), unit), t.rate(),
                        t.completion() == null ? "" : t.completion(), t.gradeLabel() == null ? "" : t.gradeLabel()))
                .toList();
        List<ProjectLine> projects = part.projects().stream()
                .map(p -> new ProjectLine(p.code() == null ? "" : p.code(), p.name(), p.unitCode() + p.unitName(),
                        inUnit(p.fullYearYuan(), unit), inUnit(p.executedYuan(), unit), p.rate(), p.total(),
                        p.grade() == null ? "" : p.grade(), p.statusLabel()))
                .toList();
        MoneyBlock.Amounts sum = DepartmentSheet.projectsMoney(part.projects());
        ProjectLine total = new ProjectLine("", Messages.text("department.report.projectsTotal", part.projects().size()),
                "", inUnit(sum.fullYear(), unit), inUnit(sum.executed(), unit),
                ExecutionRate.percent(sum.executed(), sum.fullYear()), null, "", "");
        return new Department(tasks, projects, total, part.notes());
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

    private static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.toPlainString() + "%";
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String points(BigDecimal points) {
        return points == null ? "" : points.toPlainString();
    }
}
