package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.project.ProjectRules;
import jixiao.scheduler.MonitoringQueue;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Monitoring runs for finance: ask for one at any as-of date, follow it. The run executes in the
 * background through Quartz, on whichever instance of the cluster picks it up.
 */
@Singleton
public class MonitoringService {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringService.class);
    private static final int FIRST_YEAR = ProjectRules.MIN_YEAR;
    private static final int LAST_YEAR = ProjectRules.MAX_YEAR;

    private final MonitoringRuns runs;
    private final Optional<MonitoringQueue> queue;

    MonitoringService(MonitoringRuns runs, Optional<MonitoringQueue> queue) {
        this.runs = runs;
        this.queue = queue;
    }

    /**
     * Records a run (QUEUED) and hands it to Quartz. The run row is committed before the trigger
     * exists, so whichever instance fires it finds it.
     */
    public RunView start(Caller caller, @Nullable String asOfText) {
        requireFinance(caller);
        LocalDate asOf = asOf(asOfText);
        MonitoringQueue scheduler = queue.orElseThrow(() ->
                new ConflictException(Messages.text("monitoring.run.noScheduler"), null));
        RunView run = runs.queue(caller, asOf);
        try {
            scheduler.enqueue(run.id());
        } catch (SchedulerException e) {
            LOG.error("Monitoring run {} could not be handed to Quartz", run.id(), e);
            runs.fail(run.id(), Messages.text("monitoring.run.notQueued", e.getMessage()));
        }
        return runs.find(run.id()).orElseThrow();
    }

    /** The as-of date as typed: ISO (2024-06-30), within 2000–2199. */
    private static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("asOf", Messages.text("monitoring.run.asOfMissing"));
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", Messages.text("monitoring.run.asOfInvalid", text.strip()));
        }
        if (asOf.getYear() < FIRST_YEAR || asOf.getYear() > LAST_YEAR) {
            throw new InvalidInputException("asOf", Messages.text("monitoring.run.asOfOutOfRange", text.strip()));
        }
        return asOf;
    }

    public RunView run(Caller caller, long id) {
        requireFinance(caller);
        return runs.find(id).orElseThrow(() -> new NotFoundException("monitoring run " + id));
    }

    /** The latest runs of a fiscal year (all years when null), newest first. */
    public List<RunView> recent(Caller caller, @Nullable Integer fiscalYear, int limit) {
        requireFinance(caller);
        return runs.recent(fiscalYear, limit);
    }

    private static void requireFinance(Caller caller) {
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("monitoring.run.forbidden"));
        }
    }
}
