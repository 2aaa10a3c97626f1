package jixiao.monitoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.access.Caller;
import jixiao.testing.Http;
import jixiao.testing.World;
import jixiao.reporting.ReportingPeriods;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.PROJECT_LIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole sweep against MariaDB on the seed projects of {@link MonitoringScenario}: the alerts it
 * raises with their sentences, the project lights, idempotent re-runs, and alerts closing once the
 * data is fixed. Each test monitors a fiscal year of its own.
 */
@MicronautTest(transactional = false)
class MonitoringSweepTest {

    static final Caller SYSTEM = Caller.system("test");

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    ReportingPeriods periods;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    MonitoringSweepService sweeps;
    @Inject
    MonitoringRuns runs;
    @Inject
    AlertService alerts;

    World world;
    Http finance;
    MonitoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
        fixtures = new MonitoringFixtures(db, tx, periods);
    }

    RunView sweep(String asOf) {
        RunView queued = runs.queue(SYSTEM, LocalDate.parse(asOf));
        return sweeps.execute(SYSTEM, queued.id()).orElseThrow();
    }

    List<AlertView> alertsOf(MonitoringScenario s, AlertStatus... statuses) {
        return alerts.list(SYSTEM, new AlertFilter(s.year, s.unit, Set.of(statuses), null, null, 1));
    }

    /** "project:rule:light" of each alert, to compare sets. */
    static Set<String> keys(MonitoringScenario s, List<AlertView> list) {
        Map<Long, String> names = Map.of(s.law, "law", s.xinglong, "xinglong", s.pengyang, "pengyang", s.binhai, "binhai");
        return list.stream().map(a -> names.get(a.projectId()) + ":" + a.rule() + ":" + a.light()).collect(Collectors.toSet());
    }

    static AlertView find(List<AlertView> list, long projectId, AlertRule rule) {
        return list.stream().filter(a -> a.projectId() == projectId && a.rule() == rule).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " alert of project " + projectId + " in " + list));
    }

    String lightOf(long projectId) {
        return fixtures.inTransaction(() -> db.select(PROJECT_LIGHT.LIGHT).from(PROJECT_LIGHT)
                .where(PROJECT_LIGHT.PROJECT_ID.eq(projectId)).fetchOne(PROJECT_LIGHT.LIGHT));
    }

    @Test
    void sweepRaisesAlertsOnTheSeedProjects() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2041);
        RunView run = sweep(s.asOf());

        assertEquals(RunStatus.DONE, run.status(), run.errorMessage());
        assertEquals(s.year, run.fiscalYear(), "the year of the latest period ended by the as-of date");
        assertEquals(4, run.projectsTotal());
        assertEquals(4, run.projectsChecked());
        assertEquals(new UnitSummary(1, 0, 1, 2), run.lights());
        assertEquals(6, run.alertsOpened());
        assertEquals(0, run.alertsUpdated());
        assertEquals(0, run.alertsClosed());

        List<AlertView> open = alertsOf(s, AlertStatus.OPEN);
        assertEquals(Set.of("law:SPEND_LAG:YELLOW", "law:INDICATOR_GRADE:YELLOW",
                "xinglong:SPEND_LAG:RED", "xinglong:INDICATOR_LIKELIHOOD:RED",
                "pengyang:INDICATOR_PROGRESS:BLUE", "pengyang:REPORT_MISSING:RED"), keys(s, open));

        AlertView lawSpend = find(open, s.law, AlertRule.SPEND_LAG);
        assertEquals("6月底计划支出50%，实际支出31%，滞后19个百分点", lawSpend.message());
        assertEquals(0, new BigDecimal("50").compareTo(lawSpend.expected()));
        assertEquals(0, new BigDecimal("31").compareTo(lawSpend.actual()));
        assertEquals(0, new BigDecimal("62").compareTo(lawSpend.ratio()));
        assertEquals(0, new BigDecimal("19").compareTo(lawSpend.lag()));
        assertEquals(s.year + "-06", lawSpend.periodCode());
        assertEquals(LocalDate.parse(s.asOf()), lawSpend.asOf());
        assertEquals("维护社会稳定：部分达成（目标：明显提升）", find(open, s.law, AlertRule.INDICATOR_GRADE).message());
        assertEquals("维护社会稳定", find(open, s.law, AlertRule.INDICATOR_GRADE).indicatorName());

        // 兴隆: blank 3月底 and 10月底 checkpoints; the plan at 6月底 is the given 50%
        assertEquals("6月底计划支出50%，实际支出20%，滞后30个百分点", find(open, s.xinglong, AlertRule.SPEND_LAG).message());
        assertEquals("劳务派遣人员满意度：完成目标可能性为“完全不可能”",
                find(open, s.xinglong, AlertRule.INDICATOR_LIKELIHOOD).message());

        // 彭阳: no plan, judged at the end of the period of its latest submitted report (3月底)
        AlertView cases = find(open, s.pengyang, AlertRule.INDICATOR_PROGRESS);
        assertEquals("人民调解案件数量：截至3月底应完成17.5件（目标>70件的25%），实际完成25件，完成进度142.86%", cases.message());
        assertEquals(s.year + "-03", cases.periodCode());
        AlertView missing = find(open, s.pengyang, AlertRule.REPORT_MISSING);
        assertEquals("监控报告应于7月10日前报送，截至7月15日仍未报送", missing.message());
        assertEquals(s.year + "-06", missing.periodCode());

        assertEquals("YELLOW", lightOf(s.law));
        assertEquals("RED", lightOf(s.xinglong));
        assertEquals("RED", lightOf(s.pengyang));
        assertEquals("GREEN", lightOf(s.binhai), "滨海 without a plan, ahead of time elapsed");
        var lawLight = fixtures.inTransaction(() -> db.selectFrom(PROJECT_LIGHT).where(PROJECT_LIGHT.PROJECT_ID.eq(s.law)).fetchOne());
        assertEquals(0, new BigDecimal("50").compareTo(lawLight.getPlannedPercent()));
        assertEquals(0, new BigDecimal("31").compareTo(lawLight.getExecutedPercent()));
        assertEquals(0, new BigDecimal("9300").compareTo(lawLight.getSpentYuan()));
        assertEquals(2, lawLight.getOpenAlerts());
        assertEquals(run.id(), lawLight.getRunId());
    }

    @Test
    void runningTheSameDateTwiceLeavesTheSameAlertsAndFixingTheDataClosesThem() {
        MonitoringScenario s = new MonitoringScenario(world, finance, fixtures, 2042);
        RunView firstRun = sweep(s.asOf());
        List<AlertView> first = alertsOf(s, AlertStatus.OPEN);

        RunView again = sweep(s.asOf());
        assertEquals(RunStatus.DONE, again.status(), again.errorMessage());
        assertEquals(0, again.alertsOpened());
        assertEquals(6, again.alertsUpdated());
        assertEquals(0, again.alertsClosed());
        List<AlertView> second = alertsOf(s, AlertStatus.OPEN);
        assertEquals(first.stream().map(AlertView::id).collect(Collectors.toSet()),
                second.stream().map(AlertView::id).collect(Collectors.toSet()), "the same alerts, not new ones");
        assertEquals(first.stream().map(AlertView::message).collect(Collectors.toSet()),
                second.stream().map(AlertView::message).collect(Collectors.toSet()));
        assertEquals(6, alertsOf(s).size(), "nothing duplicated");
        AlertView lawSpend = find(second, s.law, AlertRule.SPEND_LAG);
        assertEquals(firstRun.id(), lastRunOf(lawSpend.id()),
                "an alert found again unchanged is not written: it keeps the run that last changed it");
        assertEquals(again.startedAt(), lawSpend.lastSeenAt(), "last seen: the run that found it again, from the run row");
        assertEquals(find(first, s.law, AlertRule.SPEND_LAG).version(), lawSpend.version(),
                "an alert found again unchanged is only touched");

        // 乐亭 corrects its 6月底 spend to 1.5万元 (50%); 彭阳 submits its 6月底 report
        fixtures.spent(s.lawJuneReport, "15000");
        fixtures.status(s.pengyangJuneReport, "SUBMITTED");
        RunView fixed = sweep(s.asOf());
        assertEquals(0, fixed.alertsOpened());
        assertEquals(3, fixed.alertsUpdated());
        assertEquals(3, fixed.alertsClosed());
        assertEquals(new UnitSummary(2, 0, 1, 1), fixed.lights());
        assertEquals(Set.of("law:INDICATOR_GRADE:YELLOW", "xinglong:SPEND_LAG:RED", "xinglong:INDICATOR_LIKELIHOOD:RED"),
                keys(s, alertsOf(s, AlertStatus.OPEN)));
        List<AlertView> closed = alertsOf(s, AlertStatus.CLOSED);
        assertEquals(Set.of("law:SPEND_LAG:YELLOW", "pengyang:INDICATOR_PROGRESS:BLUE", "pengyang:REPORT_MISSING:RED"),
                keys(s, closed));
        AlertView closedLag = find(closed, s.law, AlertRule.SPEND_LAG);
        assertEquals(lawSpend.id(), closedLag.id());
        assertNotNull(closedLag.closedAt());
        assertEquals("6月底计划支出50%，实际支出31%，滞后19个百分点", closedLag.message(), "kept as last found");
        assertEquals("YELLOW", lightOf(s.law), "still YELLOW by its 部分达成 grade");
        assertEquals("GREEN", lightOf(s.pengyang));

        // a closed alert is reopened when the problem comes back: the same alert, its history kept
        fixtures.spent(s.lawJuneReport, "9300");
        RunView back = sweep(s.asOf());
        assertEquals(1, back.alertsOpened());
        AlertView reopened = find(alertsOf(s, AlertStatus.OPEN), s.law, AlertRule.SPEND_LAG);
        assertEquals(lawSpend.id(), reopened.id(), "the same alert, not a new one");
        assertEquals(null, reopened.closedAt());
        assertEquals(6, alertsOf(s).size(), "nothing duplicated");
        assertEquals(List.of("OPENED", "CLOSED", "REOPENED"),
                alerts.history(SYSTEM, reopened.id()).stream().map(h -> h.change().name()).toList());
    }

    long lastRunOf(long alertId) {
        return fixtures.inTransaction(() -> db.select(MONITORING_ALERT.LAST_RUN_ID).from(MONITORING_ALERT)
                .where(MONITORING_ALERT.ID.eq(alertId)).fetchOne(MONITORING_ALERT.LAST_RUN_ID));
    }
}
