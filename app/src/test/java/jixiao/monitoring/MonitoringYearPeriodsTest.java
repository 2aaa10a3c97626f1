package jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.access.Caller;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.Sql;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static jixiao.db.Tables.REPORTING_PERIOD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A year's reporting periods exist before anything depends on them: a monitoring run for a year
 * whose periods nobody has looked at still raises REPORT_MISSING for every passed deadline, and so
 * does a run after the periods were removed. Each test monitors a year of its own; none of them
 * asks for the periods (no reporting page, no {@code /api/reporting-periods}) before the run.
 */
@MicronautTest(transactional = false)
class MonitoringYearPeriodsTest {

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
    Sql sql;
    @Inject
    MonitoringRuns runs;
    @Inject
    MonitoringSweepService sweeps;

    World world;
    Http finance;
    MonitoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
        fixtures = new MonitoringFixtures(db, tx, periods);
    }

    long project(int year) {
        Map<String, Object> p = Projects.leting(world.unit("新年度单位"), "NY" + World.next(), "新年度项目" + World.next());
        p.put("year", year);
        return Projects.create(finance, p);
    }

    int periodsOf(int year) {
        return fixtures.inTransaction(() -> db.fetchCount(REPORTING_PERIOD, REPORTING_PERIOD.FISCAL_YEAR.eq(year)));
    }

    void removePeriods(int year) {
        sql.update("DELETE FROM reporting_period WHERE fiscal_year = ?", year);
        assertEquals(0, periodsOf(year));
    }

    /** The periods ("2071-03") of the project's REPORT_MISSING alerts. */
    Set<String> missingReports(long projectId) {
        JsonNode alerts = Json.parse(finance.get("/api/alerts?projectId=" + projectId).body());
        List<String> periodsMissing = new ArrayList<>();
        for (JsonNode a : alerts) {
            if (a.get("rule").asText().equals("REPORT_MISSING")) {
                periodsMissing.add(a.get("periodCode").asText());
            }
        }
        assertEquals(Set.copyOf(periodsMissing).size(), periodsMissing.size(), "one alert per missing report: " + alerts);
        return Set.copyOf(periodsMissing);
    }

    @Test
    void theFirstProjectOfAYearBringsItsPeriodsAndARunRaisesMissingReports() {
        int year = 2071;
        long id = project(year);
        assertEquals(4, periodsOf(year), "the default periods came with the year's first project");

        JsonNode run = MonitoringApiTest.run(finance, year + "-04-15");
        assertEquals(year, run.get("fiscalYear").asInt(), "the year of 3月底, the latest period ended by then");
        assertEquals(Set.of(year + "-03"), missingReports(id), "3月底 was due on 4月10日");
        JsonNode alert = Json.parse(finance.get("/api/alerts?projectId=" + id).body()).get(0);
        assertEquals("RED", alert.get("light").asText());
        assertEquals("监控报告应于4月10日前报送，截至4月15日仍未报送", alert.get("message").asText());
    }

    @Test
    void aRunRecreatesPeriodsRemovedBeforeIt() {
        int year = 2072;
        long id = project(year);
        removePeriods(year);

        JsonNode run = MonitoringApiTest.run(finance, year + "-07-15");
        assertEquals(year, run.get("fiscalYear").asInt());
        assertEquals(4, periodsOf(year), "the run created the year's default periods again");
        assertEquals(Set.of(year + "-03", year + "-06"), missingReports(id));
    }

    @Test
    void theSweepItselfCreatesThePeriodsOfItsYear() {
        int year = 2073;
        long id = project(year);
        RunView queued = runs.queue(SYSTEM, LocalDate.of(year, 11, 20));
        assertEquals(year, queued.fiscalYear());
        // removed after the run was queued, before Quartz (here: the test) executes it
        removePeriods(year);

        RunView done = sweeps.execute(SYSTEM, queued.id()).orElseThrow();
        assertEquals(RunStatus.DONE, done.status(), done.errorMessage());
        assertEquals(4, periodsOf(year));
        assertEquals(Set.of(year + "-03", year + "-06", year + "-10"), missingReports(id));
    }

    @Test
    void theNightlyRunFindsAYearNobodyOpened() {
        int year = 2074;
        long id = project(year);
        removePeriods(year);

        sweeps.runScheduled(LocalDate.of(year, 4, 11).atStartOfDay(ZoneId.of("Asia/Shanghai")).plusHours(1).toInstant());
        assertEquals(4, periodsOf(year));
        assertEquals(Set.of(year + "-03"), missingReports(id));
    }

    @Test
    void aFiringRecoveredAfterAnInstanceDiedRunsItsOwnRowAgainAndAFinishedFiringIsNotRunTwice() {
        int year = 2075;
        project(year);
        LocalDateTime firing = LocalDate.of(year, 7, 16).atTime(1, 0);
        Instant fireTime = firing.atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        // The instance that took the firing recorded its run and died before sweeping.
        long cutShort = runs.scheduled(firing.toLocalDate(), firing).orElseThrow();

        sweeps.runScheduled(fireTime);
        sweeps.runScheduled(fireTime);
        assertEquals(1, sql.queryLong("SELECT COUNT(*) FROM monitoring_run WHERE scheduled_for = ?", firing), "one run for the firing");
        assertEquals(RunStatus.DONE, runs.find(cutShort).orElseThrow().status(), "the recovered firing finished its own run");
    }
}
