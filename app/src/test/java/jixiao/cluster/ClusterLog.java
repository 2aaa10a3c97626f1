package jixiao.cluster;

import java.time.Duration;
import java.time.Instant;

/** The cluster test's own log lines: what was done to the cluster, and what was checked. */
final class ClusterLog {

    private static final Instant START = Instant.now();

    private ClusterLog() {
    }

    static void step(String format, Object... args) {
        line("      ", format, args);
    }

    static void fault(String format, Object... args) {
        line("FAULT ", format, args);
    }

    static void check(String format, Object... args) {
        line("ASSERT", format, args);
    }

    static long secondsSinceStart() {
        return Duration.between(START, Instant.now()).toSeconds();
    }

    private static synchronized void line(String kind, String format, Object... args) {
        long ms = Duration.between(START, Instant.now()).toMillis();
        System.out.printf("[cluster %4d.%01ds] %s %s%n", ms / 1000, (ms % 1000) / 100, kind, String.format(format, args));
        System.out.flush();
    }
}
