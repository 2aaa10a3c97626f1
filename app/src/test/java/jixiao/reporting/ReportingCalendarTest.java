package jixiao.reporting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportingCalendarTest {

    @Test
    void theDefaultsAreTheSpendPlanCheckpointsDueTenDaysLater() {
        List<ReportingCalendar.PeriodSpec> periods = new ReportingSettings().calendar().defaults(2024);
        assertEquals(List.of("2024-03", "2024-06", "2024-10", "2024-12"), periods.stream().map(ReportingCalendar.PeriodSpec::code).toList());
        assertEquals(new ReportingCalendar.PeriodSpec("2024-03", 3, "3月底", LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 10)), periods.get(0));
        assertEquals(LocalDate.of(2025, 1, 10), periods.get(3).deadline(), "the year-end report is due in the next year");
    }

    @Test
    void monthsAndOffsetAreConfigurable() {
        ReportingCalendar calendar = new ReportingCalendar(List.of(8, 6, 6, 12), 15);
        assertEquals(List.of(6, 8, 12), calendar.months(), "sorted, each once");
        ReportingCalendar.PeriodSpec february = calendar.spec(2024, 2, " 1—2月 ");
        assertEquals(LocalDate.of(2024, 2, 29), february.periodEnd(), "a leap year's February");
        assertEquals(LocalDate.of(2024, 3, 15), february.deadline());
        assertEquals("1—2月", february.label());
        assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(List.of(13), 10));
        assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(List.of(6), -1));
    }

    @Test
    void codesAreYearDashMonth() {
        assertEquals(Optional.of(YearMonth.of(2024, 6)), ReportingCalendar.parseCode("2024-06"));
        assertEquals(Optional.of(YearMonth.of(2024, 6)), ReportingCalendar.parseCode(" 2024-06 "));
        for (String bad : new String[]{"2024-6", "2024-13", "2024-00", "202406", "abcd-ef", "", null}) {
            assertEquals(Optional.empty(), ReportingCalendar.parseCode(bad), bad);
        }
        assertEquals("2024-07", ReportingCalendar.code(2024, 7));
    }
}
