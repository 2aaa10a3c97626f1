package jixiao.monitoring;

import jixiao.monitoring.ProjectOutcome.RaisedAlert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The monitoring rules applied to the projects of one fiscal year at one as-of date, project by
 * project, as a sweep streams them.
 *
 * <p>Spend and indicators are judged at the end of the period the latest counted report is for:
 * the figures of a 6月底 report are cumulative to 30 June and are compared with the plan and the
 * share of the year at 30 June, whether the sweep runs on 30 June or on 15 July. A run on a later
 * day so never makes a project look further behind than its figures say. The as-of date decides
 * which reports count (periods ended by then) and which reports are overdue (deadline before it).
 */
final class SweepEvaluator {

    private final MonitoringRulebook rulebook;
    private final Set<Light> openingLights;
    private final int fiscalYear;
    private final MonitoringRules atAsOf;
    private final Map<Long, SweepPeriod> periods = new HashMap<>();
    private final List<SweepPeriod> overdue = new ArrayList<>();
    private final Map<LocalDate, MonitoringRules> rulesByDate = new HashMap<>();

    SweepEvaluator(MonitoringRulebook rulebook, Set<Light> openingLights, int fiscalYear, LocalDate asOf,
                   List<SweepPeriod> yearPeriods) {
        this.rulebook = rulebook;
        this.openingLights = Set.copyOf(openingLights);
        this.fiscalYear = fiscalYear;
        this.atAsOf = rulesAt(asOf);
        for (SweepPeriod period : yearPeriods) {
            periods.put(period.id(), period);
            if (period.deadline().isBefore(asOf)) {
                overdue.add(period);
            }
        }
    }

    /**
     * @param indicators the project's indicators in table order
     * @param progress   what its latest report says of each indicator, by indicator id
     */
    ProjectOutcome evaluate(SweepProject project, List<SweepIndicator> indicators, Map<Long, IndicatorProgress> progress) {
        SweepProject.Report report = project.report();
        SweepPeriod period = report == null ? null : periods.get(report.periodId());
        MonitoringRules rules = period == null ? atAsOf : rulesAt(period.periodEnd());
        List<Finding> all = new ArrayList<>();
        List<RaisedAlert> raised = new ArrayList<>();
        String projectKey = "P" + project.id() + ":";

        SpendAssessment spend = rules.evaluateSpend(project.plan(), project.budgetInForce(),
                report == null ? null : report.spentYuan());
        if (period != null) {
            String periodKey = projectKey + period.code() + ":";
            for (Finding f : spend.findings()) {
                collect(f, periodKey + f.rule(), period.id(), null, all, raised);
            }
            for (SweepIndicator indicator : indicators) {
                IndicatorProgress reported = progress.get(indicator.id());
                if (reported == null) {
                    continue; // the report says nothing about it
                }
                for (Finding f : rules.evaluateIndicator(indicator.name(), indicator.target(), reported,
                        spend.executedPercent())) {
                    collect(f, periodKey + "I" + indicator.id() + ":" + f.rule(), period.id(), indicator.id(), all, raised);
                }
            }
        }
        for (SweepPeriod due : overdue) {
            boolean submitted = project.reportedPeriodIds().contains(due.id());
            atAsOf.evaluateReport(due.deadline(), submitted).ifPresent(f ->
                    collect(f, projectKey + due.code() + ":" + f.rule(), due.id(), null, all, raised));
        }
        return new ProjectOutcome(project.id(), project.unitId(), new ProjectLights(all).light(), project.budgetInForce(),
                report == null ? null : report.spentYuan(), period == null ? null : period.id(),
                spend.plannedPercent(), spend.executedPercent(), raised);
    }

    private void collect(Finding finding, String subjectKey, long periodId, Long indicatorId, List<Finding> all,
                         List<RaisedAlert> raised) {
        all.add(finding);
        if (openingLights.contains(finding.light())) {
            raised.add(new RaisedAlert(subjectKey, periodId, indicatorId, finding));
        }
    }

    private MonitoringRules rulesAt(LocalDate date) {
        return rulesByDate.computeIfAbsent(date, d -> new MonitoringRules(rulebook, fiscalYear, d));
    }
}
