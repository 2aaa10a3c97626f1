package jixiao.evaluation.report;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.evaluation.SelfEvaluationReport;
import jixiao.evaluation.SelfEvaluationView;
import jixiao.project.ProjectDetails;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drafts the sections of a 项目支出绩效自评报告 from the data: the project's target table, the 自评表 (its
 * figures exactly as {@link SelfEvaluationReport} writes them, so report and sheet agree) and what the
 * period reports said about indicators off track. A line that is a sub-heading (（一）立项依据) stands
 * alone, so the document can make it a Word heading.
 */
public final class ReportDraft {

    private ReportDraft() {
    }

    /** A department target's sheet drafts the 部门整体支出绩效自评报告: the same outline, the department's blocks. */
    public static Map<ReportSection, String> of(ProjectDetails project, SelfEvaluationView sheet, List<DeviationNote> notes) {
        SelfEvaluationReport record = SelfEvaluationReport.of(sheet);
        String subject = t(sheet.isDepartment() ? "writtenReport.subject.department" : "writtenReport.subject.project");
        Map<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
        sections.put(ReportSection.BASIC, sheet.isDepartment() ? DepartmentDraft.basic(project, record)
                : basic(project, record));
        sections.put(ReportSection.GOALS, goals(sheet, record, subject));
        sections.put(ReportSection.BUDGET, budget(record, subject));
        sections.put(ReportSection.DEVIATION, deviation(sheet, record, notes, subject));
        sections.put(ReportSection.RESULT, result(sheet, record, subject));
        sections.put(ReportSection.USE, use(sheet, record, subject));
        return sections;
    }

    private static String basic(ProjectDetails project, SelfEvaluationReport record) {
        List<String> lines = new ArrayList<>();
        lines.add(t("writtenReport.basic.basisHeading"));
        StringBuilder basis = new StringBuilder(t("writtenReport.basic.basis", project.name(), record.unitName(),
                String.valueOf(project.year())));
        if (present(project.attribute())) {
            basis.append(t("writtenReport.basic.attribute", project.attribute()));
        }
        if (present(project.term())) {
            basis.append(t("writtenReport.basic.term", project.term()));
        }
        basis.append(t("writtenReport.basic.end"));
        lines.add(basis.toString());
        if (present(project.purpose())) {
            lines.add(t("writtenReport.basic.purpose", plainText(project.purpose())));
        }
        lines.add(t("writtenReport.basic.fundsHeading"));
        SelfEvaluationReport.MoneyLine total = record.money().get(0);
        List<String> parts = new ArrayList<>();
        for (SelfEvaluationReport.MoneyLine source : record.money().subList(1, record.money().size())) {
            parts.add(t("writtenReport.basic.fundsPart", source.label(), amount(source.initialText()), record.moneyUnit()));
        }
        lines.add(t("writtenReport.basic.funds", String.valueOf(project.year()), amount(total.initialText()),
                record.moneyUnit(), String.join("，", parts), amount(total.fullYearText())));
        lines.add(t("writtenReport.basic.unitHeading"));
        String unit = record.unitName();
        if (present(record.departmentName())) {
            unit += t("writtenReport.basic.department", record.departmentName());
        }
        if (present(project.managingOffice())) {
            unit += t("writtenReport.basic.office", project.managingOffice());
        }
        lines.add(unit + t("writtenReport.basic.end"));
        return String.join("\n", lines);
    }

    private static String goals(SelfEvaluationView sheet, SelfEvaluationReport record, String subject) {
        List<String> lines = new ArrayList<>();
        lines.add(t("writtenReport.goals.goalHeading"));
        lines.add(present(record.goal()) ? plainText(record.goal()) : t("writtenReport.notFilled"));
        lines.add(t("writtenReport.goals.achievementHeading"));
        lines.add(present(record.achievement()) ? plainText(record.achievement()) : t("writtenReport.notFilled"));
        if (record.department() != null) {
            lines.addAll(DepartmentDraft.taskResults(record));
            lines.add(t("writtenReport.department.indicatorsHeading"));
        } else {
            lines.add(t("writtenReport.goals.indicatorsHeading"));
        }
        List<String> missed = sheet.indicators().stream().filter(r -> !r.fullMarks()).map(SelfEvaluationView.IndicatorRow::name).toList();
        int count = sheet.indicators().size();
        lines.add(missed.isEmpty()
                ? t("writtenReport.goals.allMet", count, subject)
                : t("writtenReport.goals.someMissed", count, count - missed.size(), missed.size(), String.join("、", missed),
                subject));
        return String.join("\n", lines);
    }

    private static String budget(SelfEvaluationReport record, String subject) {
        List<String> lines = new ArrayList<>();
        SelfEvaluationReport.MoneyLine total = record.money().get(0);
        String unit = record.moneyUnit();
        String adjustment;
        if (total.initial() == null || total.fullYear() == null || total.initial().compareTo(total.fullYear()) == 0) {
            adjustment = t("writtenReport.budget.notAdjusted");
        } else {
            BigDecimal change = total.fullYear().subtract(total.initial());
            adjustment = t(change.signum() > 0 ? "writtenReport.budget.raised" : "writtenReport.budget.lowered",
                    change.abs().toPlainString(), unit);
        }
        lines.add(t("writtenReport.budget.total", amount(total.initialText()), unit, amount(total.fullYearText()), adjustment,
                amount(total.executedText()), rate(total.rateText()), total.scoreText(), total.weightText(), subject));
        List<String> bySource = new ArrayList<>();
        for (SelfEvaluationReport.MoneyLine source : record.money().subList(1, record.money().size())) {
            if (zero(source.fullYear()) && zero(source.executed()) && zero(source.initial())) {
                continue;
            }
            bySource.add(t("writtenReport.budget.source", source.label(), amount(source.initialText()), unit,
                    amount(source.fullYearText()), amount(source.executedText()), rate(source.rateText())));
        }
        if (!bySource.isEmpty()) {
            lines.add(t(record.department() != null ? "writtenReport.department.byNature" : "writtenReport.budget.bySource",
                    String.join("；", bySource)));
        }
        if (record.department() != null) {
            lines.addAll(DepartmentDraft.projectsRun(record));
        }
        return String.join("\n", lines);
    }

    private static String deviation(SelfEvaluationView sheet, SelfEvaluationReport record, List<DeviationNote> notes,
                                    String subject) {
        List<SelfEvaluationView.IndicatorRow> missed = sheet.indicators().stream().filter(r -> !r.fullMarks()).toList();
        SelfEvaluationReport.MoneyLine total = record.money().get(0);
        boolean moneyShort = total.score() != null && total.weight() != null && total.score().compareTo(total.weight()) < 0;
        List<SelfEvaluationReport.TaskLine> tasksShort = DepartmentDraft.tasksShort(record);
        if (missed.isEmpty() && !moneyShort && tasksShort.isEmpty()) {
            return t("writtenReport.deviation.none", subject);
        }
        List<String> causes = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        int n = 0;
        if (moneyShort) {
            causes.add(t("writtenReport.deviation.money", ++n, rate(total.rateText())));
        }
        Map<Long, SelfEvaluationReport.Line> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < sheet.indicators().size(); i++) {
            lineOf.put(sheet.indicators().get(i).indicatorId(), record.indicators().get(i).item());
        }
        for (SelfEvaluationView.IndicatorRow row : missed) {
            SelfEvaluationReport.Line line = lineOf.get(row.indicatorId());
            StringBuilder cause = new StringBuilder(t("writtenReport.deviation.indicator", ++n, row.name(), row.target(),
                    present(line.actual()) ? line.actual() : t("writtenReport.notFilled"), line.scoreText(), line.weightText()));
            if (present(row.deviationReason())) {
                cause.append(t("writtenReport.deviation.reason", row.deviationReason().strip()));
            }
            for (DeviationNote note : notes) {
                if (note.indicatorId() != row.indicatorId()) {
                    continue;
                }
                if (note.causes() != null || note.note() != null) {
                    cause.append(t("writtenReport.deviation.periodCause", note.periodLabel(),
                            String.join("：", nonNull(note.causes(), note.note()))));
                }
                if (note.correctiveAction() != null) {
                    measures.add(t("writtenReport.deviation.measure", measures.size() + 1, row.name(), note.periodLabel(),
                            note.correctiveAction()));
                }
            }
            causes.add(cause.toString());
        }
        for (SelfEvaluationReport.TaskLine task : tasksShort) {
            causes.add(t("writtenReport.department.taskShort", ++n, task.name(), task.gradeLabel(), task.completion()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(t("writtenReport.deviation.causesHeading"));
        lines.addAll(causes);
        lines.add(t("writtenReport.deviation.measuresHeading"));
        if (measures.isEmpty()) {
            lines.add(t("writtenReport.deviation.measuresInReasons"));
        } else {
            lines.addAll(measures);
        }
        return String.join("\n", lines);
    }

    private static String result(SelfEvaluationView sheet, SelfEvaluationReport record, String subject) {
        List<String> lines = new ArrayList<>();
        lines.add(record.total() == null ? t("writtenReport.result.noTotal")
                : t("writtenReport.result.total", record.totalText(), record.gradeText(), subject));
        List<String> parts = new ArrayList<>();
        SelfEvaluationReport.MoneyLine money = record.money().get(0);
        parts.add(t("writtenReport.result.part", t("writtenReport.result.execution"), money.scoreText(), money.weightText()));
        Map<String, BigDecimal[]> byLevel1 = new LinkedHashMap<>();
        for (SelfEvaluationView.IndicatorRow row : sheet.indicators()) {
            BigDecimal[] sums = byLevel1.computeIfAbsent(row.level1(), k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(row.score());
            sums[1] = sums[1].add(row.weight());
        }
        byLevel1.forEach((level1, sums) -> parts.add(t("writtenReport.result.part", level1,
                Numbers.round2(sums[0]).toPlainString(), Numbers.round2(sums[1]).toPlainString())));
        lines.add(t("writtenReport.result.parts", String.join("；", parts)));
        lines.add(t("writtenReport.result.method"));
        if (present(record.totalExplanation())) {
            lines.add(record.totalExplanation());
        }
        lines.addAll(record.notes());
        return String.join("\n", lines);
    }

    private static String use(SelfEvaluationView sheet, SelfEvaluationReport record, String subject) {
        List<String> lines = new ArrayList<>();
        lines.add(t("writtenReport.use.budget", record.unitName(), subject));
        long missed = sheet.indicators().stream().filter(r -> !r.fullMarks()).count();
        if (missed > 0) {
            lines.add(t("writtenReport.use.rectify", missed));
        }
        lines.add(t("writtenReport.use.publish"));
        return String.join("\n", lines);
    }

    /** Published goals may carry the HTML of the system they came from (彭阳: {@code <p>…</p>}). */
    static String plainText(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("(?i)</p>\\s*<p>", "\n").replaceAll("<[^>]+>", "").strip();
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(Objects::nonNull).toList();
    }

    private static boolean zero(BigDecimal d) {
        return d == null || d.signum() == 0;
    }

    static String amount(String text) {
        return text.isEmpty() ? "0" : text;
    }

    static String rate(String text) {
        return text.isEmpty() ? t("writtenReport.budget.noRate") : text;
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static String t(String key, Object... args) {
        return Messages.text(key, args);
    }
}
