package jixiao.evaluation;

import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.indicatorvalue.TargetValue;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectKind;
import jixiao.project.ProjectRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a self-evaluation's entries must satisfy to be saved: numbers that are numbers, each entry where its
 * indicator's kind has it. Whether the sheet is complete and consistent (bands, 偏差原因…) is the scoring
 * engine's judgement and only blocks submission, so a half-done sheet can be saved.
 */
final class SelfEvaluationRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_ACTUAL_TEXT = 200;

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal ACTUAL_LIMIT = new BigDecimal("1E14");

    private SelfEvaluationRules() {
    }

    /** The entries of one indicator, accepted. */
    record Line(long indicatorId, BigDecimal actual, String actualText, Grade grade, BigDecimal score,
                String deviationReason) {
    }

    /** A 年度重点工作任务's entries, accepted; {@code position} is 1-based. */
    record TaskLine(int position, String name, BigDecimal executedYuan, String completion, Grade grade) {
    }

    /**
     * @param basic    基本支出 of a department's sheet; blank for a project
     * @param keyTasks the department's task entries given, by position; empty for a project
     */
    record Accepted(MoneyBlock money, String achievement, Map<Long, Line> lines, MoneyBlock.Amounts basic,
                    Map<Integer, TaskLine> keyTasks) {
    }

    /** The accepted entries; throws with every problem when there is any. */
    static Accepted check(SelfEvaluationInput in, ProjectDetails project) {
        List<Problem> problems = new ArrayList<>();
        MoneyUnit unit = MoneyUnit.YUAN;
        if (text(in.moneyUnit()) != null) {
            unit = MoneyUnit.parse(in.moneyUnit()).orElse(null);
            if (unit == null) {
                problems.add(new Problem("moneyUnit", Messages.text("evaluation.input.moneyUnit", in.moneyUnit())));
                throw new InvalidInputException(problems);
            }
        }
        MoneyBlock money = new MoneyBlock(
                amounts("fiscal", "FISCAL", in.fiscalInitial(), in.fiscalFullYear(), in.fiscalExecuted(), unit, problems),
                amounts("carryover", "CARRYOVER", in.carryoverInitial(), in.carryoverFullYear(), in.carryoverExecuted(), unit,
                        problems),
                amounts("other", "OTHER", in.otherInitial(), in.otherFullYear(), in.otherExecuted(), unit, problems));
        String achievement = limited(in.achievement(), MAX_TEXT, "achievement",
                Messages.text("evaluation.field.achievement"), problems);
        boolean department = ProjectKind.DEPARTMENT.name().equals(project.kind());
        MoneyBlock.Amounts basic = MoneyBlock.Amounts.BLANK;
        Map<Integer, TaskLine> tasks = new LinkedHashMap<>();
        if (department) {
            // a department's money is 基本支出 plus its projects' sheets: money by source would be ignored, so it is refused
            if (java.util.stream.Stream.of(in.fiscalInitial(), in.fiscalFullYear(), in.fiscalExecuted(),
                    in.carryoverInitial(), in.carryoverFullYear(), in.carryoverExecuted(), in.otherInitial(),
                    in.otherFullYear(), in.otherExecuted()).anyMatch(a -> text(a) != null)) {
                problems.add(new Problem("fiscalInitial", Messages.text("department.input.noSources")));
            }
            basic = amounts("basic", "BASIC", in.basicInitial(), in.basicFullYear(), in.basicExecuted(), unit, problems);
            tasks = keyTasks(in.keyTasks(), project, unit, problems);
        } else if (text(in.basicInitial()) != null || text(in.basicFullYear()) != null || text(in.basicExecuted()) != null
                || (in.keyTasks() != null && !in.keyTasks().isEmpty())) {
            problems.add(new Problem("keyTasks", Messages.text("department.input.onlyDepartment")));
        }

        Map<Long, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            positions.put(project.indicators().get(i).id(), i);
        }
        Map<Long, Line> lines = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        List<SelfEvaluationInput.IndicatorEntry> entries = in.indicators() == null ? List.of() : in.indicators();
        for (int k = 0; k < entries.size(); k++) {
            SelfEvaluationInput.IndicatorEntry entry = entries.get(k);
            String field = "indicators[" + k + "]";
            if (entry == null || entry.indicatorId() == null) {
                problems.add(new Problem(field + ".indicatorId", Messages.text("evaluation.input.indicatorIdRequired", k + 1)));
                continue;
            }
            Integer position = positions.get(entry.indicatorId());
            if (position == null) {
                problems.add(new Problem(field + ".indicatorId",
                        Messages.text("evaluation.input.indicatorUnknown", k + 1, entry.indicatorId())));
                continue;
            }
            ProjectDetails.IndicatorView indicator = project.indicators().get(position);
            if (!seen.add(entry.indicatorId())) {
                problems.add(new Problem(field + ".indicatorId",
                        Messages.text("evaluation.input.indicatorDuplicate", indicator.name())));
                continue;
            }
            Line line = line(entry, field, position + 1, indicator, problems);
            if (line != null) {
                lines.put(entry.indicatorId(), line);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Accepted(department ? new MoneyBlock(MoneyBlock.Amounts.BLANK, MoneyBlock.Amounts.BLANK,
                MoneyBlock.Amounts.BLANK) : money, achievement, lines, basic, tasks);
    }

    private static Map<Integer, TaskLine> keyTasks(List<SelfEvaluationInput.KeyTaskEntry> entries, ProjectDetails project,
                                                   MoneyUnit unit, List<Problem> problems) {
        Map<Integer, TaskLine> tasks = new LinkedHashMap<>();
        List<ProjectDetails.KeyTaskView> listed = project.keyTasks();
        List<SelfEvaluationInput.KeyTaskEntry> given = entries == null ? List.of() : entries;
        for (int k = 0; k < given.size(); k++) {
            SelfEvaluationInput.KeyTaskEntry entry = given.get(k);
            String field = "keyTasks[" + k + "]";
            Integer position = entry == null ? null : entry.position();
            if (position == null || position < 1 || position > listed.size()) {
                problems.add(new Problem(field + ".position", Messages.text("department.input.taskUnknown", k + 1,
                        position == null ? "" : position, listed.size())));
                continue;
            }
            String name = listed.get(position - 1).name();
            if (tasks.containsKey(position)) {
                problems.add(new Problem(field + ".position", Messages.text("department.input.taskDuplicate", position, name)));
                continue;
            }
            int before = problems.size();
            BigDecimal executed = ProjectRules.amount(entry.executed(), false, field + ".executed",
                    Messages.text("department.field.taskExecuted", position, name), unit, problems);
            String completion = limited(entry.completion(), MAX_TEXT, field + ".completion",
                    Messages.text("department.field.taskCompletion", position, name), problems);
            Grade grade = grade(entry.grade(), field + ".grade", position, name, "department.input.taskGrade", problems);
            if (problems.size() == before) {
                tasks.put(position, new TaskLine(position, name, executed, completion, grade));
            }
        }
        return tasks;
    }

    private static Line line(SelfEvaluationInput.IndicatorEntry entry, String field, int row,
                             ProjectDetails.IndicatorView indicator, List<Problem> problems) {
        int before = problems.size();
        TargetValue target = indicator.targetValue();
        BigDecimal actual = null;
        Grade grade = null;
        BigDecimal score = null;
        if (target.isQuantitative()) {
            actual = actual(entry.actual(), target, field + ".actual", row, indicator.name(), problems);
            if (text(entry.grade()) != null || text(entry.score()) != null) {
                problems.add(new Problem(field + ".grade",
                        Messages.text("evaluation.input.gradeForQuantitative", row, indicator.name())));
            }
        } else {
            if (text(entry.actual()) != null) {
                problems.add(new Problem(field + ".actual",
                        Messages.text("evaluation.input.actualForQualitative", row, indicator.name())));
            }
            grade = grade(entry.grade(), field + ".grade", row, indicator.name(), problems);
            score = score(entry.score(), field + ".score", row, indicator.name(), problems);
        }
        String actualText = limited(entry.actualText(), MAX_ACTUAL_TEXT, field + ".actualText",
                Messages.text("evaluation.field.actualText", row, indicator.name()), problems);
        String reason = limited(entry.deviationReason(), MAX_TEXT, field + ".deviationReason",
                Messages.text("evaluation.field.deviationReason", row, indicator.name()), problems);
        return problems.size() > before ? null
                : new Line(indicator.id(), actual, actualText, grade, score, reason);
    }

    /** 实际完成值: a number, optionally followed by the target's own unit; null when blank. */
    static BigDecimal actual(String text, TargetValue target, String field, int row, String name, List<Problem> problems) {
        String t = text(text);
        if (t == null) {
            return null;
        }
        IndicatorSemantics.Reading reading = IndicatorSemantics.wholeTarget(target).read(t);
        BigDecimal value = reading.value();
        if (reading.problem() == IndicatorSemantics.ReadingProblem.WRONG_UNIT) {
            String expected = target.unit() == null ? "" : target.unit().replaceAll("\\s", "");
            problems.add(new Problem(field, Messages.text("evaluation.input.actualUnit", row, name, t, expected)));
            return null;
        }
        if (value == null) {
            problems.add(new Problem(field, Messages.text("evaluation.input.actualNotNumber", row, name, t)));
            return null;
        }
        if (value.abs().compareTo(ACTUAL_LIMIT) >= 0 || value.stripTrailingZeros().scale() > 6) {
            problems.add(new Problem(field, Messages.text("evaluation.input.actualRange", row, name, t)));
            return null;
        }
        return value;
    }

    /** A grade as stored (ACHIEVED…) or as written (达成…); null when blank. */
    static Grade grade(String text, String field, int row, String name, List<Problem> problems) {
        return grade(text, field, row, name, "evaluation.input.gradeInvalid", problems);
    }

    /** @param messageKey the message naming what was judged (an indicator, a key task) */
    static Grade grade(String text, String field, int row, String name, String messageKey, List<Problem> problems) {
        String t = text(text);
        if (t == null) {
            return null;
        }
        for (Grade g : Grade.values()) {
            if (g.name().equalsIgnoreCase(t) || g.label().equals(t)) {
                return g;
            }
        }
        problems.add(new Problem(field, Messages.text(messageKey, row, name, t)));
        return null;
    }

    /** The evaluator's points: 0–100, at most two decimals; null when blank. */
    static BigDecimal score(String text, String field, int row, String name, List<Problem> problems) {
        String t = text(text);
        if (t == null) {
            return null;
        }
        BigDecimal value = Numbers.parse(t);
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(field, Messages.text("evaluation.input.scoreInvalid", row, name, t)));
            return null;
        }
        return value;
    }

    private static MoneyBlock.Amounts amounts(String prefix, String source, String initial, String fullYear,
                                              String executed, MoneyUnit unit, List<Problem> problems) {
        return new MoneyBlock.Amounts(
                amount(initial, prefix + "Initial", source, "initial", unit, problems),
                amount(fullYear, prefix + "FullYear", source, "fullYear", unit, problems),
                amount(executed, prefix + "Executed", source, "executed", unit, problems));
    }

    private static BigDecimal amount(String text, String field, String source, String column, MoneyUnit unit,
                                     List<Problem> problems) {
        String label = Messages.text("evaluation.input.amountLabel", Messages.text("evaluation.money." + source),
                Messages.text("evaluation.money." + column));
        return ProjectRules.amount(text, false, field, label, unit, problems);
    }

    private static String limited(String text, int max, String field, String label, List<Problem> problems) {
        String t = text(text);
        if (t != null && t.length() > max) {
            problems.add(new Problem(field, Messages.text("evaluation.input.tooLong", label, max)));
            return null;
        }
        return t;
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
