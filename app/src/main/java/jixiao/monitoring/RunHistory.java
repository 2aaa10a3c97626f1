package jixiao.monitoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The finished runs of a fiscal year, by id. Every finished run judged each live row of its year
 * whose date was not after its own (it found it, or it closed it), so a row's latest judged as-of
 * date is the latest date among the runs after the one that last wrote it: unchanged rows need not
 * be written for that. Plain Java.
 */
final class RunHistory {

    /** A finished run. */
    record Run(long id, LocalDate asOf) {
    }

    private final long[] ids;
    /** latestFrom[i]: the latest as-of date of runs i and after. */
    private final LocalDate[] latestFrom;

    RunHistory(List<Run> runs) {
        Run[] sorted = runs.toArray(Run[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(Run::id));
        ids = new long[sorted.length];
        latestFrom = new LocalDate[sorted.length];
        LocalDate latest = null;
        for (int i = sorted.length - 1; i >= 0; i--) {
            ids[i] = sorted[i].id();
            latest = latest == null || sorted[i].asOf().isAfter(latest) ? sorted[i].asOf() : latest;
            latestFrom[i] = latest;
        }
    }

    /** The later of {@code asOf} and the dates of the runs with ids above {@code runId}. */
    LocalDate latestAsOfAfter(long runId, LocalDate asOf) {
        int i = Arrays.binarySearch(ids, runId);
        int first = i >= 0 ? i + 1 : -i - 1;
        if (first >= ids.length || !latestFrom[first].isAfter(asOf)) {
            return asOf;
        }
        return latestFrom[first];
    }
}
