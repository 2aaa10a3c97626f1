package jixiao.project;

import jixiao.common.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * 资金支出计划: the cumulative share of a project's budget planned to be spent by the end of some
 * months of its fiscal year (the target tables give 3月底 / 6月底 / 10月底 / 12月底).
 *
 * <p>Only the checkpoints the table fills in are present: a blank cell is no checkpoint (兴隆's
 * {@code 50% 100%} is 6月底 and 12月底 only). An empty plan is allowed and means "no plan": the
 * planned rate then follows time elapsed. The plan does not carry its year: the year belongs to the
 * project, so {@link #plannedPercentAt} takes it as a parameter.
 *
 * <p>Percentages are in percent units (25 means 25%), computed with one division each and rounded
 * half up to {@value #SCALE} decimals.
 *
 * @param checkpoints in the order the table gives them
 */
public record SpendPlan(List<Checkpoint> checkpoints) {

    /** Decimals of a planned percentage: 0.0001 percentage points is far below anything shown. */
    public static final int SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO_PERCENT = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal FULL_PERCENT = HUNDRED.setScale(SCALE);
    private static final SpendPlan NONE = new SpendPlan(List.of());

    /**
     * One filled-in checkpoint.
     *
     * @param month   1–12; the checkpoint is the last day of that month
     * @param percent cumulative % of the budget planned to be spent by then
     */
    public record Checkpoint(int month, BigDecimal percent) {
        public Checkpoint {
            Objects.requireNonNull(percent, "percent");
        }

        /** "3月底". */
        public String label() {
            return SpendPlan.label(month);
        }
    }

    /**
     * Something wrong with a plan as entered, in Chinese, naming the checkpoint.
     *
     * @param month the checkpoint's month (as entered, possibly outside 1–12)
     */
    public record PlanProblem(Integer month, String message) {
    }

    public SpendPlan {
        checkpoints = List.copyOf(checkpoints);
    }

    /** No plan (彭阳, 滨海): the planned rate follows time elapsed. */
    public static SpendPlan none() {
        return NONE;
    }

    public boolean isEmpty() {
        return checkpoints.isEmpty();
    }

    /** "3月底". */
    public static String label(int month) {
        return Messages.text("spendplan.monthEnd", month);
    }

    /**
     * The cumulative % of the budget planned to be spent by the end of {@code asOf}.
     *
     * <p>Linear by calendar days from 0% at the start of 1 January through each checkpoint (the end
     * of the last day of its month), holding the last checkpoint's value after it. {@code asOf}
     * counts as a whole day done, so the checkpoint date itself gives the checkpoint's value.
     * Dates before {@code year} give 0%, dates after it the final value. Without a plan the rate is
     * {@link #timeElapsedPercent}.
     *
     * <p>A plan with {@link #problems()} still gives a number: checkpoints whose month is outside
     * 1–12 are ignored, of a month given twice the later entry counts, values are used as given.
     *
     * @param year the fiscal year the plan belongs to
     */
    public BigDecimal plannedPercentAt(int year, LocalDate asOf) {
        Checkpoint last = lastUsable();
        if (last == null) {
            return timeElapsedPercent(year, asOf);
        }
        if (asOf.getYear() < year) {
            return ZERO_PERCENT;
        }
        if (asOf.getYear() > year) {
            return last.percent().setScale(SCALE, RoundingMode.HALF_UP);
        }
        boolean leap = Year.isLeap(year);
        int day = asOf.getDayOfYear();
        Checkpoint before = null;
        Checkpoint after = null;
        for (Checkpoint c : checkpoints) {
            if (!usable(c)) {
                continue;
            }
            if (monthEndDay(c.month(), leap) <= day) {
                if (before == null || c.month() >= before.month()) {
                    before = c;
                }
            } else if (after == null || c.month() <= after.month()) {
                after = c;
            }
        }
        if (after == null) {
            return before.percent().setScale(SCALE, RoundingMode.HALF_UP);
        }
        int fromDay = before == null ? 0 : monthEndDay(before.month(), leap);
        BigDecimal fromPercent = before == null ? BigDecimal.ZERO : before.percent();
        int toDay = monthEndDay(after.month(), leap);
        BigDecimal rise = after.percent().subtract(fromPercent).multiply(BigDecimal.valueOf(day - fromDay));
        return fromPercent.add(rise.divide(BigDecimal.valueOf(toDay - fromDay), SCALE, RoundingMode.HALF_UP))
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The share of {@code year} elapsed by the end of {@code asOf}, in %, as if the plan were m/12 at
     * the end of every month m and linear by days inside each month (6月30日 → 50%, 5月15日 →
     * (4 + 15/31)/12 = 37.3656%). Before the year 0%, after it 100%.
     */
    public static BigDecimal timeElapsedPercent(int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return ZERO_PERCENT;
        }
        if (asOf.getYear() > year) {
            return FULL_PERCENT;
        }
        int monthLength = asOf.lengthOfMonth();
        long daysInMonthUnits = (long) (asOf.getMonthValue() - 1) * monthLength + asOf.getDayOfMonth();
        return HUNDRED.multiply(BigDecimal.valueOf(daysInMonthUnits))
                .divide(BigDecimal.valueOf(12L * monthLength), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * What is wrong with the plan as entered: a month outside 1–12, a month given twice, a value
     * outside 0–100%, a value below an earlier checkpoint's (the plan is cumulative), a last
     * checkpoint below 100%. An empty plan has no problems: having no plan is allowed.
     */
    public List<PlanProblem> problems() {
        List<PlanProblem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Map<Integer, Checkpoint> byMonth = new TreeMap<>();
        for (Checkpoint c : checkpoints) {
            if (!usable(c)) {
                problems.add(new PlanProblem(c.month(), Messages.text("spendplan.problem.month", c.month())));
                continue;
            }
            if (!seen.add(c.month())) {
                problems.add(new PlanProblem(c.month(), Messages.text("spendplan.problem.duplicate", c.label())));
            }
            if (c.percent().signum() < 0 || c.percent().compareTo(HUNDRED) > 0) {
                problems.add(new PlanProblem(c.month(),
                        Messages.text("spendplan.problem.outOfRange", c.label(), c.percent())));
            }
            byMonth.put(c.month(), c);
        }
        Checkpoint previous = null;
        for (Checkpoint c : byMonth.values()) {
            if (previous != null && c.percent().compareTo(previous.percent()) < 0) {
                problems.add(new PlanProblem(c.month(), Messages.text("spendplan.problem.decreasing",
                        c.label(), c.percent(), previous.label(), previous.percent())));
            }
            previous = c;
        }
        // Above 100% is already reported as out of range; only a shortfall is reported here.
        if (previous != null && previous.percent().compareTo(HUNDRED) < 0) {
            problems.add(new PlanProblem(previous.month(),
                    Messages.text("spendplan.problem.lastBelow100", previous.label(), previous.percent())));
        }
        return problems;
    }

    private Checkpoint lastUsable() {
        Checkpoint last = null;
        for (Checkpoint c : checkpoints) {
            if (usable(c) && (last == null || c.month() >= last.month())) {
                last = c;
            }
        }
        return last;
    }

    private static boolean usable(Checkpoint c) {
        return c.month() >= 1 && c.month() <= 12;
    }

    /** Day of the year of the last day of {@code month}, without allocating a date. */
    private static int monthEndDay(int month, boolean leap) {
        Month m = Month.of(month);
        return m.firstDayOfYear(leap) + m.length(leap) - 1;
    }
}
