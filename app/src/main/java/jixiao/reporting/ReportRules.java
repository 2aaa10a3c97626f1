package jixiao.reporting;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.monitoring.Likelihood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a period report must satisfy. {@link #check} decides whether a report may be saved (every
 * value well-formed, spend within the budget, a decrease explained); {@link #completeness} what a
 * saved report still lacks before it may be submitted. Every problem names the field in Chinese.
 */
final class ReportRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_EXPECTED = 200;
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1E14");
    private static final int VALUE_DECIMALS = 6;

    private ReportRules() {
    }

    /**
     * What the rules need to know about the project and the period.
     *
     * @param budgetYuan          the project's budget as published
     * @param previousPeriodLabel the latest earlier period of the year with a reported spend; null if none
     * @param previousSpentYuan   that period's cumulative spend; null if none
     */
    record Context(BigDecimal budgetYuan, String previousPeriodLabel, BigDecimal previousSpentYuan, List<IndicatorTarget> indicators) {

        BigDecimal effectiveBudget(BigDecimal adjusted) {
            return adjusted != null ? adjusted : budgetYuan;
        }
    }

    /** An indicator of the project: quantitative ones take a number, qualitative ones a grade. */
    record IndicatorTarget(long id, String name, IndicatorSemantics semantics) {
        boolean quantitative() {
            return semantics.shape() != IndicatorSemantics.Shape.QUALITATIVE;
        }
    }

    /** A report that passed {@link #check}: amounts in 元, progress of the indicators that have any. */
    record Draft(BigDecimal spentYuan, BigDecimal adjustedBudgetYuan, String spendDecreaseReason, List<ProgressDraft> progress) {
    }

    record ProgressDraft(long indicatorId, BigDecimal currentValue, Grade grade, String expectedFullYear,
                         Likelihood likelihood, List<DeviationCause> causes, String note, String action) {

        boolean blank() {
            return currentValue == null && grade == null && expectedFullYear == null && likelihood == null
                    && causes.isEmpty() && note == null && action == null;
        }
    }

    record Result(Draft draft, List<Problem> problems) {
    }

    static Result check(Context ctx, PeriodReportInput in) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal spent = amount(in.spentYuan(), "spentYuan", Messages.text("reporting.field.spentYuan"), problems);
        BigDecimal adjusted = amount(in.adjustedBudgetYuan(), "adjustedBudgetYuan", Messages.text("reporting.field.adjustedBudgetYuan"), problems);
        String reason = text(in.spendDecreaseReason(), MAX_TEXT, "spendDecreaseReason", Messages.text("reporting.field.spendDecreaseReason"), problems);
        if (spent != null) {
            BigDecimal budget = ctx.effectiveBudget(adjusted);
            if (spent.compareTo(budget) > 0) {
                problems.add(new Problem("spentYuan", Messages.text("reporting.spent.overBudget", money(spent),
                        Messages.text(adjusted != null ? "reporting.field.adjustedBudgetYuan" : "reporting.field.budgetYuan"), money(budget))));
            }
        }
        boolean decreased = decreased(ctx, spent);
        if (decreased && reason == null) {
            problems.add(new Problem("spendDecreaseReason", Messages.text("reporting.spent.decreaseNeedsReason",
                    money(spent), ctx.previousPeriodLabel(), money(ctx.previousSpentYuan()))));
        }
        Map<Long, IndicatorTarget> targets = new HashMap<>();
        ctx.indicators().forEach(t -> targets.put(t.id(), t));
        Set<Long> seen = new HashSet<>();
        List<ProgressDraft> progress = new ArrayList<>();
        List<PeriodReportInput.IndicatorEntry> entries = in.entries();
        for (int i = 0; i < entries.size(); i++) {
            PeriodReportInput.IndicatorEntry e = entries.get(i);
            String field = "indicators[" + i + "]";
            if (e == null || e.indicatorId() == null) {
                problems.add(new Problem(field + ".indicatorId", Messages.text("reporting.indicator.idRequired", i + 1)));
                continue;
            }
            IndicatorTarget target = targets.get(e.indicatorId());
            if (target == null) {
                problems.add(new Problem(field + ".indicatorId", Messages.text("reporting.indicator.unknown", i + 1, e.indicatorId())));
                continue;
            }
            if (!seen.add(target.id())) {
                problems.add(new Problem(field + ".indicatorId", Messages.text("reporting.indicator.duplicate", target.name())));
                continue;
            }
            ProgressDraft d = progress(target, e, field, problems);
            if (!d.blank()) {
                progress.add(d);
            }
        }
        return new Result(new Draft(spent, adjusted, decreased ? reason : null, progress), problems);
    }

    /** What a report still lacks before it may be submitted; the fields are indexed in the project's indicator order. */
    static List<Problem> completeness(Context ctx, Draft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.spentYuan() == null) {
            problems.add(new Problem("spentYuan", Messages.text("reporting.submit.spentRequired")));
        }
        Map<Long, ProgressDraft> byIndicator = new HashMap<>();
        draft.progress().forEach(p -> byIndicator.put(p.indicatorId(), p));
        for (int i = 0; i < ctx.indicators().size(); i++) {
            IndicatorTarget t = ctx.indicators().get(i);
            String field = "indicators[" + i + "]";
            ProgressDraft p = byIndicator.get(t.id());
            if (p == null) {
                p = new ProgressDraft(t.id(), null, null, null, null, List.of(), null, null);
            }
            if (t.quantitative() && p.currentValue() == null) {
                problems.add(new Problem(field + ".currentValue", Messages.text("reporting.submit.valueRequired", t.name())));
            }
            if (!t.quantitative() && p.grade() == null) {
                problems.add(new Problem(field + ".grade", Messages.text("reporting.submit.gradeRequired", t.name())));
            }
            if (p.expectedFullYear() == null) {
                problems.add(new Problem(field + ".expectedFullYear", Messages.text("reporting.submit.expectedRequired", t.name())));
            }
            if (p.likelihood() == null) {
                problems.add(new Problem(field + ".likelihood", Messages.text("reporting.submit.likelihoodRequired", t.name())));
            } else if (p.likelihood() != Likelihood.CERTAIN) {
                if (p.causes().isEmpty()) {
                    problems.add(new Problem(field + ".deviationCauses", Messages.text("reporting.submit.causeRequired",
                            t.name(), p.likelihood().label())));
                }
                if (p.action() == null) {
                    problems.add(new Problem(field + ".correctiveAction", Messages.text("reporting.submit.actionRequired",
                            t.name(), p.likelihood().label())));
                }
            }
            if (p.causes().contains(DeviationCause.OTHER) && p.note() == null) {
                problems.add(new Problem(field + ".deviationNote", Messages.text("reporting.submit.otherNoteRequired", t.name())));
            }
        }
        return problems;
    }

    static boolean decreased(Context ctx, BigDecimal spent) {
        return spent != null && ctx.previousSpentYuan() != null && spent.compareTo(ctx.previousSpentYuan()) < 0;
    }

    private static ProgressDraft progress(IndicatorTarget t, PeriodReportInput.IndicatorEntry e, String field, List<Problem> problems) {
        BigDecimal value = null;
        Grade grade = null;
        String valueText = blankToNull(e.currentValue());
        String gradeText = blankToNull(e.grade());
        if (t.quantitative()) {
            if (gradeText != null) {
                problems.add(new Problem(field + ".grade", Messages.text("reporting.indicator.gradeForQuantitative", t.name(), gradeText)));
            }
            if (valueText != null) {
                value = number(t, valueText, field + ".currentValue", problems);
            }
        } else {
            if (valueText != null) {
                problems.add(new Problem(field + ".currentValue", Messages.text("reporting.indicator.valueForQualitative", t.name(), valueText)));
            }
            if (gradeText != null) {
                grade = Choices.parse(Grade.class, gradeText, Grade::label).orElse(null);
                if (grade == null) {
                    problems.add(new Problem(field + ".grade", Messages.text("reporting.indicator.gradeInvalid", t.name(), gradeText)));
                }
            }
        }
        Likelihood likelihood = null;
        String likelihoodText = blankToNull(e.likelihood());
        if (likelihoodText != null) {
            likelihood = Choices.parse(Likelihood.class, likelihoodText, Likelihood::label).orElse(null);
            if (likelihood == null) {
                problems.add(new Problem(field + ".likelihood", Messages.text("reporting.indicator.likelihoodInvalid", t.name(), likelihoodText)));
            }
        }
        EnumSet<DeviationCause> causes = EnumSet.noneOf(DeviationCause.class);
        if (e.deviationCauses() != null) {
            for (String c : e.deviationCauses()) {
                if (blankToNull(c) == null) {
                    continue;
                }
                DeviationCause cause = DeviationCause.parse(c).orElse(null);
                if (cause == null) {
                    problems.add(new Problem(field + ".deviationCauses", Messages.text("reporting.indicator.causeInvalid", t.name(), c.strip())));
                } else {
                    causes.add(cause);
                }
            }
        }
        String expected = indicatorText(t, e.expectedFullYear(), MAX_EXPECTED, field + ".expectedFullYear", "reporting.field.expectedFullYear", problems);
        String note = indicatorText(t, e.deviationNote(), MAX_TEXT, field + ".deviationNote", "reporting.field.deviationNote", problems);
        String action = indicatorText(t, e.correctiveAction(), MAX_TEXT, field + ".correctiveAction", "reporting.field.correctiveAction", problems);
        return new ProgressDraft(t.id(), value, grade, expected, likelihood, List.copyOf(causes), note, action);
    }

    /** A quantitative value; the target's unit may follow the number ({@code 3次}, {@code 93%}). */
    private static BigDecimal number(IndicatorTarget t, String text, String field, List<Problem> problems) {
        IndicatorSemantics.Reading reading = t.semantics().read(text);
        BigDecimal value = reading.value();
        if (reading.problem() == IndicatorSemantics.ReadingProblem.WRONG_UNIT) {
            problems.add(new Problem(field, Messages.text("reporting.indicator.wrongUnit", t.name(), text,
                    Objects.toString(t.semantics().target().unit(), ""))));
            return null;
        }
        if (value == null) {
            problems.add(new Problem(field, Messages.text("reporting.indicator.notNumber", t.name(), text)));
            return null;
        }
        if (value.stripTrailingZeros().scale() > VALUE_DECIMALS) {
            problems.add(new Problem(field, Messages.text("reporting.indicator.tooPrecise", t.name(), text, VALUE_DECIMALS)));
            return null;
        }
        if (value.abs().compareTo(AMOUNT_LIMIT) >= 0) {
            problems.add(new Problem(field, Messages.text("reporting.indicator.tooLarge", t.name(), text)));
            return null;
        }
        return value;
    }

    /** An amount in 元: at most two decimals, not negative. Null when blank. */
    static BigDecimal amount(String text, String field, String label, List<Problem> problems) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        BigDecimal value = yuan(t);
        if (value == null) {
            problems.add(new Problem(field, Messages.text("reporting.amount.notNumber", label, t)));
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new Problem(field, Messages.text("reporting.amount.negative", label, t)));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(field, Messages.text("reporting.amount.tooPrecise", label, t)));
            return null;
        }
        if (value.compareTo(AMOUNT_LIMIT) >= 0) {
            problems.add(new Problem(field, Messages.text("reporting.amount.tooLarge", label, t)));
            return null;
        }
        return value.setScale(2);
    }

    /** The number of a typed amount, {@code 12000}, {@code 12,000.00} or {@code 12000元}; null when it is none. */
    static BigDecimal yuan(String typed) {
        String t = typed.strip();
        return Numbers.parse(t.endsWith("元") ? t.substring(0, t.length() - 1) : t);
    }

    /** An amount in 元 as the API and the messages show it: {@code 12000.00}. */
    static String money(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String indicatorText(IndicatorTarget t, String text, int max, String field, String labelKey, List<Problem> problems) {
        String v = blankToNull(text);
        if (v != null && v.length() > max) {
            problems.add(new Problem(field, Messages.text("reporting.indicator.tooLong", t.name(), Messages.text(labelKey), max)));
            return null;
        }
        return v;
    }

    private static String text(String text, int max, String field, String label, List<Problem> problems) {
        String v = blankToNull(text);
        if (v != null && v.length() > max) {
            problems.add(new Problem(field, Messages.text("reporting.textTooLong", label, max)));
            return null;
        }
        return v;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
