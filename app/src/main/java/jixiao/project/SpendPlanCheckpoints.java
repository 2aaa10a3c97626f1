package jixiao.project;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/** The months a spend plan is entered for: 3月底/6月底/10月底/12月底 unless a province says otherwise. */
@ConfigurationProperties("jixiao.spend-plan")
public class SpendPlanCheckpoints {

    private List<Integer> months = List.of(3, 6, 10, 12);

    public List<Integer> getMonths() { return months; }
    public void setMonths(List<Integer> months) { this.months = List.copyOf(months); }
}
