package jixiao.reporting;

import jixiao.project.SpendPlan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The default reporting periods of a fiscal year. A period ends on the last day of a month of the
 * year and is named by that month, {@code YYYY-MM}; it is due {@code deadlineOffsetDays} later.
 *
 * @param months             end months of the default periods, 1–12
 * @param deadlineOffsetDays days from a period's end to its reporting deadline
 */
public record ReportingCalendar(List<Integer> months, int deadlineOffsetDays) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{2})");

    /** A period as the calendar proposes it. */
    public record PeriodSpec(String code, int endMonth, String label, LocalDate periodEnd, LocalDate deadline) {
    }

    public ReportingCalendar {
        for (int m : months) {
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("jixiao.reporting.months: month outside 1-12: " + m);
            }
        }
        if (deadlineOffsetDays < 0) {
            throw new IllegalArgumentException("jixiao.reporting.deadline-offset-days must not be negative: " + deadlineOffsetDays);
        }
        months = List.copyOf(new TreeSet<>(months));
    }

    public List<PeriodSpec> defaults(int year) {
        return months.stream().map(m -> spec(year, m, null)).toList();
    }

    /** The period of {@code year} ending with {@code month}; the label defaults to "6月底". */
    public PeriodSpec spec(int year, int month, String label) {
        LocalDate end = periodEnd(year, month);
        return new PeriodSpec(code(year, month), month, label == null || label.isBlank() ? SpendPlan.label(month) : label.strip(),
                end, end.plusDays(deadlineOffsetDays));
    }

    public static LocalDate periodEnd(int year, int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    public static String code(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    /** The year and end month a code names; empty unless it is {@code YYYY-MM} with a month 1–12. */
    public static Optional<YearMonth> parseCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var m = CODE.matcher(code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }
}
