package jixiao.reporting;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * The reporting periods a fiscal year gets unless finance changes them: by default the four
 * spend-plan checkpoints (3月底, 6月底, 10月底, 12月底), each due 10 days after it ends.
 */
@ConfigurationProperties("jixiao.reporting")
public class ReportingSettings {

    private List<Integer> months = List.of(3, 6, 10, 12);
    private int deadlineOffsetDays = 10;

    public List<Integer> getMonths() { return months; }
    public void setMonths(List<Integer> months) { this.months = List.copyOf(months); }
    public int getDeadlineOffsetDays() { return deadlineOffsetDays; }
    public void setDeadlineOffsetDays(int days) { this.deadlineOffsetDays = days; }

    public ReportingCalendar calendar() {
        return new ReportingCalendar(months, deadlineOffsetDays);
    }
}
