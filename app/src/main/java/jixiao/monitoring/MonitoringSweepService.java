package jixiao.monitoring;

import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.ForbiddenException;
import jixiao.common.Messages;
import jixiao.db.tables.records.MonitoringRunRecord;
import jixiao.scheduler.MonitoringSweeps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Runs monitoring sweeps: what the Quartz job calls. A sweep reads the fiscal year's projects in
 * chunks of {@link MonitoringSettings#getChunkSize()} ids (see {@link SweepChunks} for why chunks),
 * then closes the alerts it did not find again. Any failure is recorded on the run.
 */
@Singleton
class MonitoringSweepService implements MonitoringSweeps {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringSweepService.class);
    private static final Caller SYSTEM = Caller.system(MonitoringRuns.SCHEDULER);

    private final MonitoringRuns runs;
    private final SweepChunks chunks;
    private final MonitoringSettings settings;
    private final Clock clock;

    MonitoringSweepService(MonitoringRuns runs, SweepChunks chunks, MonitoringSettings settings, Clock clock) {
        this.runs = runs;
        this.chunks = chunks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void runScheduled(Instant scheduledFireTime) {
        LocalDateTime firing = LocalDateTime.ofInstant(scheduledFireTime, clock.getZone());
        Optional<Long> run = runs.scheduled(firing.toLocalDate(), firing);
        if (run.isEmpty()) {
            LOG.info("The scheduled monitoring run of {} has already finished; not run again", firing);
            return;
        }
        execute(SYSTEM, run.get());
    }

    @Override
    public void runQueued(long runId) {
        execute(SYSTEM, runId);
    }

    /**
     * Sweeps the run's fiscal year at its as-of date. The caller must see every unit: a sweep
     * closes the year's alerts it does not find, so it cannot be limited to some units.
     *
     * @return the run's outcome; empty when it was unknown or had already finished
     */
    Optional<RunView> execute(Caller caller, long runId) {
        if (!caller.seesAllUnits()) {
            throw new ForbiddenException(Messages.text("monitoring.run.forbidden"));
        }
        try {
            Optional<MonitoringRunRecord> queued = runs.peek(runId);
            if (queued.isEmpty() || RunStatus.valueOf(queued.get().getStatus()).finished()) {
                LOG.warn("Monitoring run {} is unknown or finished; not run again", runId);
                return Optional.empty();
            }
            int year = queued.get().getFiscalYear();
            SweepChunks.Scope scope = chunks.scope(year);
            LocalDateTime started = LocalDateTime.now(clock);
            Optional<MonitoringRunRecord> begun = runs.begin(runId, scope.projectIds().size(), started);
            if (begun.isEmpty()) {
                return Optional.empty();
            }
            LocalDate asOf = begun.get().getAsOf();
            SweepEvaluator evaluator = new SweepEvaluator(settings.rulebook(), settings.openingLights(), year, asOf,
                    scope.periods());
            SweepChunks.Sweep sweep = new SweepChunks.Sweep(runId, year, asOf, started, evaluator, scope.finishedRuns());
            List<Long> ids = scope.projectIds();
            int size = Math.max(1, settings.getChunkSize());
            for (int i = 0; i < ids.size(); i += size) {
                int last = Math.min(ids.size(), i + size) - 1;
                // the chunks with the gaps between them cover every id, so no live alert of the year is missed
                long gapFrom = i == 0 ? Long.MIN_VALUE : ids.get(i - 1) + 1;
                long gapTo = last == ids.size() - 1 ? Long.MAX_VALUE : ids.get(last + 1) - 1;
                chunks.process(sweep, ids.get(i), ids.get(last), gapFrom, gapTo);
            }
            int closed = chunks.finish(sweep, !ids.isEmpty(), LocalDateTime.now(clock));
            LOG.info("Monitoring run {} of {} at {}: {} projects, {} alerts closed", runId, year, asOf, ids.size(), closed);
        } catch (RuntimeException e) {
            LOG.error("Monitoring run {} failed", runId, e);
            runs.fail(runId, Messages.text("monitoring.run.failed", e.getClass().getSimpleName(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
        return runs.find(runId);
    }
}
