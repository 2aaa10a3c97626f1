package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.evaluation.department.DepartmentPart;
import jixiao.evaluation.department.DepartmentSheet;
import jixiao.indicatorvalue.TargetValue;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectDetails;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts a project's 自评表 together: the saved entries where there are any, otherwise what the year's reports
 * suggest, scored by the engine. The one place a sheet is built, so every view of it shows the same scores.
 */
final class SelfEvaluationSheets {


    private SelfEvaluationSheets() {
    }

    /**
     * What a department's sheet (部门整体支出绩效自评表) needs beyond a project's.
     *
     * @param tasks              the target's 年度重点工作任务
     * @param results            the evaluator's saved entries for them
     * @param projects           the department's projects of the year as their own sheets show them
     * @param summaryBasicYuan   the budget summary's 基本支出, null when not given
     * @param summaryProjectYuan the budget summary's 项目支出, null when not given
     */
    record DepartmentInputs(List<DepartmentSheet.Task> tasks, List<KeyTaskResult> results,
                            List<DepartmentPart.ProjectLine> projects, BigDecimal summaryBasicYuan,
                            BigDecimal summaryProjectYuan) {
    }

    static SelfEvaluationView assemble(ScoringEngine engine, ProjectDetails project, SelfEvaluation saved,
                                       List<SelfEvaluationLine> lines, YearEndFigures figures, boolean editable) {
        return assemble(engine, project, saved, lines, figures, editable, null);
    }

    /**
     * @param saved      the saved sheet, null when there is none
     * @param lines      the saved sheet's indicator entries
     * @param figures    what the reports of the project's year say
     * @param department a department target's own inputs; null for a project
     */
    static SelfEvaluationView assemble(ScoringEngine engine, ProjectDetails project, SelfEvaluation saved,
                                       List<SelfEvaluationLine> lines, YearEndFigures figures, boolean editable,
                                       DepartmentInputs department) {
        MoneyBlock money = money(project, saved, figures);
        MoneyBlock.Amounts basic = null;
        MoneyBlock.Amounts projectsMoney = null;
        MoneyBlock.Amounts total;
        if (department == null) {
            total = money.total();
        } else {
            // 部门整体: 基本支出 as entered plus 项目支出 as the department's projects' own sheets have it
            basic = saved != null ? saved.basic() : DepartmentSheet.prefilledBasic(department.summaryBasicYuan());
            projectsMoney = DepartmentSheet.projectsMoney(department.projects());
            total = MoneyBlock.Amounts.sum(List.of(basic, projectsMoney));
        }
        Map<Long, SelfEvaluationLine> byIndicator = byIndicator(lines);
        List<IndicatorInput> inputs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        indicatorInputs(project, byIndicator, figures, inputs, sources);
        ScoreSheet sheet = engine.score(new ScoringInput(total.fullYear(), total.executed(), inputs));

        List<SelfEvaluationView.IndicatorRow> rows = new ArrayList<>();
        for (IndicatorScore scored : sheet.indicators()) {
            int i = scored.index();
            ProjectDetails.IndicatorView indicator = project.indicators().get(i);
            IndicatorInput input = inputs.get(i);
            SelfEvaluationLine line = byIndicator.get(indicator.id());
            rows.add(new SelfEvaluationView.IndicatorRow(i, indicator.id(), indicator.level1(), indicator.level2(),
                    indicator.name(), indicator.target(), indicator.targetValue().kind().name(),
                    indicator.targetValue().unit(), Numbers.normalized(input.actual()), line == null ? null : line.actualText(),
                    input.grade() == null ? null : input.grade().name(),
                    input.grade() == null ? null : input.grade().label(), Numbers.normalized(input.evaluatorScore()),
                    input.deviationReason(),
                    scored.weight(), scored.score(), scored.fullMarks(), scored.explanation(), scored.deviation(),
                    sources.get(i)));
        }

        BigDecimal executionWeight = engine.rulebook().executionWeight();
        SelfEvaluationView.MoneyRow totalRow = new SelfEvaluationView.MoneyRow("TOTAL",
                Messages.text("evaluation.money.TOTAL"), total.initial(), total.fullYear(), total.executed(),
                sheet.executionRate(), executionWeight, sheet.executionScore());
        List<SelfEvaluationView.MoneyRow> moneyRows = department == null
                ? List.of(totalRow, moneyRow("FISCAL", money.fiscal()), moneyRow("CARRYOVER", money.carryover()),
                moneyRow("OTHER", money.other()))
                : List.of(totalRow, moneyRow("BASIC", basic), moneyRow("PROJECTS", projectsMoney));

        List<ScoringProblem> problems = sheet.problems();
        List<String> notes = sheet.notes();
        List<String> prefillNotes = saved == null ? prefillNotes(figures) : List.of();
        DepartmentPart part = null;
        if (department != null) {
            List<DepartmentPart.KeyTaskRow> tasks = DepartmentSheet.keyTasks(department.tasks(),
                    department.results().stream().map(KeyTaskResult::result).toList());
            MoneyUnit unit = MoneyUnit.parse(project.moneyUnit()).orElse(MoneyUnit.YUAN);
            part = new DepartmentPart(tasks, department.projects(), DepartmentSheet.notes(department.projects(),
                    department.summaryProjectYuan(), y -> Numbers.plain(unit.fromYuan(y)), unit.label(), project.year()));
            problems = new ArrayList<>(problems);
            problems.addAll(DepartmentSheet.problems(tasks));
            prefillNotes = saved == null ? departmentPrefillNotes(department) : List.of();
        }

        EvaluationStatus status = saved == null ? EvaluationStatus.NOT_STARTED : saved.status();
        return new SelfEvaluationView(project.id(), project.year(), project.unitCode(), project.unitName(),
                project.departmentName(), project.code(), project.name(), project.moneyUnit(),
                saved == null ? null : saved.id(), saved == null ? null : saved.version(), status.name(), status.label(),
                editable, moneyRows, total.fullYear(), total.executed(), project.goal(),
                saved == null ? null : saved.achievement(), sheet.executionRate(), executionWeight, sheet.executionScore(),
                sheet.executionExplanation(), rows, sheet.indicatorTotal(), sheet.total(), sheet.totalExplanation(),
                sheet.grade(), notes, problems, prefillNotes,
                saved == null ? null : saved.comment(), saved == null ? null : saved.submittedAt(),
                saved == null ? null : saved.submittedBy(), saved == null ? null : saved.reviewedAt(),
                saved == null ? null : saved.reviewedBy(), part);
    }

    /**
     * A project's row of a summary as {@link EvaluationSummaryRow#of} makes it from the project's sheet, without the
     * sheet: the same money and inputs scored by the same rules, with the engine's {@link ScoringEngine#withoutTexts}
     * twin, since a row shows no explanation and counts the problems without reading them. Summaries ask for a unit's
     * 200 rows at a time, and the sheets' sentences and rows were most of their work. Not for a department target,
     * whose sheet adds its tasks' problems and its projects' money ({@link #assemble}).
     */
    static EvaluationSummaryRow summaryRow(ScoringEngine engine, ProjectDetails project, SelfEvaluation saved,
                                           List<SelfEvaluationLine> lines, YearEndFigures figures) {
        MoneyBlock.Amounts total = money(project, saved, figures).total();
        List<IndicatorInput> inputs = new ArrayList<>(project.indicators().size());
        indicatorInputs(project, byIndicator(lines), figures, inputs, null);
        ScoreSheet sheet = engine.withoutTexts().score(new ScoringInput(total.fullYear(), total.executed(), inputs));
        EvaluationStatus status = saved == null ? EvaluationStatus.NOT_STARTED : saved.status();
        boolean evaluated = status != EvaluationStatus.NOT_STARTED;
        return new EvaluationSummaryRow(project.id(), project.year(), project.unitCode(), project.unitName(),
                project.departmentName(), project.code(), project.name(), total.fullYear(), total.executed(),
                sheet.executionRate(), evaluated ? sheet.total() : null, evaluated ? sheet.grade() : null,
                status.name(), status.label(), sheet.problems().size(), project.kind());
    }

    /** The money block of a project's sheet: as saved, else pre-filled from the project and its reports. */
    private static MoneyBlock money(ProjectDetails project, SelfEvaluation saved, YearEndFigures figures) {
        return saved != null ? saved.money() : MoneyBlock.prefilled(new BigDecimal(project.fiscalFundsYuan()),
                new BigDecimal(project.otherFundsYuan()), figures.adjustedBudgetYuan(), figures.spentYuan());
    }

    private static Map<Long, SelfEvaluationLine> byIndicator(List<SelfEvaluationLine> lines) {
        if (lines.isEmpty()) {
            // most sheets of a summary are not started yet
            return Map.of();
        }
        return lines.stream().collect(Collectors.toMap(SelfEvaluationLine::indicatorId, Function.identity()));
    }

    /**
     * The engine's input for each of the project's indicators, in order: the saved entries where there are any,
     * otherwise what the reports say; and, when {@code sources} is given, which report each pre-filled value came from.
     */
    private static void indicatorInputs(ProjectDetails project, Map<Long, SelfEvaluationLine> byIndicator,
                                        YearEndFigures figures, List<IndicatorInput> inputs, List<String> sources) {
        for (ProjectDetails.IndicatorView indicator : project.indicators()) {
            TargetValue target = indicator.targetValue();
            SelfEvaluationLine line = byIndicator.get(indicator.id());
            if (line != null) {
                inputs.add(new IndicatorInput(indicator.level1(), indicator.level2(), indicator.name(), target,
                        line.actualValue(), line.grade(), line.evaluatorScore(), indicator.weight(), line.deviationReason()));
                if (sources != null) {
                    sources.add(null);
                }
                continue;
            }
            YearEndFigures.Actual reported = figures.actual(indicator.id());
            boolean quantitative = target.isQuantitative();
            inputs.add(new IndicatorInput(indicator.level1(), indicator.level2(), indicator.name(), target,
                    quantitative ? reported.value() : null, quantitative ? null : reported.grade(), null,
                    indicator.weight(), null));
            if (sources != null) {
                sources.add(quantitative ? reported.valueSource() : reported.gradeSource());
            }
        }
    }

    private static List<String> departmentPrefillNotes(DepartmentInputs department) {
        return List.of(
                department.summaryBasicYuan() == null ? Messages.text("department.prefill.noBasic")
                        : Messages.text("department.prefill.basicFromSummary"),
                Messages.text("department.prefill.projects", department.projects().size()),
                Messages.text("evaluation.prefill.confirm"));
    }

    private static SelfEvaluationView.MoneyRow moneyRow(String source, MoneyBlock.Amounts amounts) {
        return new SelfEvaluationView.MoneyRow(source, Messages.text("evaluation.money." + source), amounts.initial(),
                amounts.fullYear(), amounts.executed(), rate(amounts.executed(), amounts.fullYear()), null, null);
    }

    /** 执行率 of a row, in percent to 0.01, as the engine computes it for the total. */
    static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        return ExecutionRate.percent(executed, budget);
    }

    private static List<String> prefillNotes(YearEndFigures figures) {
        return List.of(
                figures.budgetSource() == null ? Messages.text("evaluation.prefill.budgetFromTargets")
                        : Messages.text("evaluation.prefill.budgetFromReport", figures.budgetSource()),
                figures.spendSource() == null ? Messages.text("evaluation.prefill.noSpend")
                        : Messages.text("evaluation.prefill.spendFromReport", figures.spendSource()),
                Messages.text("evaluation.prefill.confirm"));
    }
}
