package jixiao.reporting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jixiao.account.PeopleNames;
import jixiao.common.Messages;
import jixiao.indicatorvalue.Grade;
import jixiao.monitoring.Likelihood;
import jixiao.project.MergedRows;
import jixiao.project.ProjectDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The 项目绩效运行监控表 of one project and period: the filled period report laid out as the form a
 * bureau signs, stamps and files. Printed as a page and written as .xlsx from this one record, so
 * both show the same figures; the figures themselves (execution rate, plan) are the report's own
 * ({@link PeriodReportView}), never computed again here.
 *
 * <p>The layout follows the 财政部 template, 项目支出绩效目标执行监控表 (附件 of《中央部门预算绩效运行
 * 监控管理暂行办法》, 财预〔2019〕136号): a header of 项目名称, 主管部门, 实施单位 and the money (年度资金总额,
 * 其中财政拨款 / 其他资金: 年初预算数, 1—N月执行数, 1—N月执行率), the 年度总体目标, then per indicator
 * 一级/二级/三级指标, 年度指标值, 1—N月执行情况, 全年预计完成情况, 偏差原因分析 (经费保障, 制度保障, 人员保障,
 * 硬件条件保障, 其他) and 完成目标可能性 (确定能, 有可能, 完全不可能). The 纠偏措施 column and the foot with
 * 填报人, 审核人, their dates and 单位（盖章） are what the provincial and county versions of the form add.
 *
 * @param span          the months the figures cover, 1—6月
 * @param money         年度资金总额 first, then each source; only the total carries the spend, as reported
 * @param filledBy      the 姓名 of whoever submitted the report; null while it is not submitted
 * @param reviewedBy    the 姓名 of whoever approved it; null until it is approved
 */
@Introspected
public record MonitoringForm(
        long projectId,
        int year,
        String period,
        String periodLabel,
        String span,
        String statusLabel,
        String projectName,
        @Nullable String projectCode,
        @Nullable String departmentName,
        String unitCode,
        String unitName,
        List<MoneyLine> money,
        BigDecimal plannedPercent,
        @Nullable String goal,
        List<MergedRows.Row<Line>> indicators,
        @Nullable String filledBy,
        @Nullable String filledOn,
        @Nullable String reviewedBy,
        @Nullable String reviewedOn) {

    /** A money row in 元; {@code adjustedYuan}, {@code spentYuan} and {@code executionPercent} only on the total. */
    @Introspected
    public record MoneyLine(String label, BigDecimal budgetYuan, @Nullable BigDecimal adjustedYuan,
                            @Nullable BigDecimal spentYuan, @Nullable BigDecimal executionPercent) {
    }

    /** One indicator as the form prints it; blank strings where nothing was reported. */
    @Introspected
    public record Line(String level1, String level2, String name, String target, String actual, String expectedFullYear,
                       String likelihood, String causes, String correctiveAction) {
    }

    static MonitoringForm of(PeriodReportView report, ProjectDetails project, PeopleNames.Names names) {
        List<MoneyLine> money = new ArrayList<>();
        money.add(new MoneyLine(Messages.text("reporting.sheet.moneyTotal"), new BigDecimal(report.budgetYuan()),
                decimal(report.adjustedBudgetYuan()), decimal(report.spentYuan()), decimal(report.executionPercent())));
        money.add(new MoneyLine(Messages.text("reporting.sheet.moneyFiscal"), new BigDecimal(project.fiscalFundsYuan()), null, null, null));
        money.add(new MoneyLine(Messages.text("reporting.sheet.moneyOther"), new BigDecimal(project.otherFundsYuan()), null, null, null));
        List<Line> lines = report.indicators().stream().map(MonitoringForm::line).toList();
        ReportStatus status = report.reportStatus();
        boolean submitted = report.submittedBy() != null && status != ReportStatus.DRAFT;
        boolean approved = status == ReportStatus.APPROVED;
        return new MonitoringForm(report.projectId(), report.year(), report.period(), report.periodLabel(),
                Messages.text("reporting.sheet.span", YearMonth.parse(report.period()).getMonthValue()),
                report.saved() ? status.label() : Messages.text("reporting.status.NONE"),
                report.projectName(), report.projectCode(), project.departmentName(), report.unitCode(), report.unitName(),
                money, new BigDecimal(report.plannedPercent()), project.goal(),
                MergedRows.of(lines, Line::level1, Line::level2),
                submitted ? names.of(report.submittedBy()) : null, submitted ? chineseDate(report.submittedAt()) : null,
                approved ? names.of(report.reviewedBy()) : null, approved ? chineseDate(report.reviewedAt()) : null);
    }

    public String title() {
        return Messages.text("reporting.sheet.title");
    }

    public String yearLine() {
        return Messages.text("reporting.sheet.yearLine", String.valueOf(year), periodLabel);
    }

    public String unitLine() {
        return unitCode + " " + unitName;
    }

    private static Line line(PeriodReportView.IndicatorProgressView i) {
        return new Line(i.level1(), i.level2(), i.name(), i.target(), actual(i), text(i.expectedFullYear()),
                i.likelihood() == null ? "" : Likelihood.valueOf(i.likelihood()).label(),
                causes(i.deviationCauses(), i.deviationNote()), text(i.correctiveAction()));
    }

    /** 5次（完成目标的83.33%）for a number, the grade's label (达成) for a qualitative indicator. */
    private static String actual(PeriodReportView.IndicatorProgressView i) {
        if (i.grade() != null) {
            return Grade.valueOf(i.grade()).label();
        }
        if (i.currentValue() == null) {
            return "";
        }
        String value = i.currentValue() + (i.targetUnit() == null ? "" : i.targetUnit());
        return i.completionPercent() == null ? value
                : Messages.text("reporting.sheet.actualWithProgress", value, i.completionPercent());
    }

    /** 经费保障、其他：资金下达较晚. */
    private static String causes(List<String> codes, String note) {
        List<String> labels = new ArrayList<>();
        for (String code : codes) {
            DeviationCause.parse(code).ifPresent(c -> labels.add(c.label()));
        }
        String causes = String.join("、", labels);
        if (note == null || note.isBlank()) {
            return causes;
        }
        return causes.isEmpty() ? note.strip() : causes + "：" + note.strip();
    }

    /** 2161年7月5日, from the stored timestamp (yyyy-MM-dd HH:mm:ss). */
    private static String chineseDate(String timestamp) {
        if (timestamp == null || timestamp.length() < 10) {
            return null;
        }
        LocalDate d = LocalDate.parse(timestamp.substring(0, 10));
        return Messages.text("reporting.sheet.date", String.valueOf(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
