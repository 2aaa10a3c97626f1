package jixiao.database;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The embedded MariaDB's memory settings, from the machine's memory unless configured. Plain Java.
 */
final class ServerSizing {

    static final long MIB = 1024L * 1024L;
    private static final long MIN_POOL = 128 * MIB;
    private static final long MAX_AUTO_POOL = 4096 * MIB;
    private static final long MIN_LOG = 96 * MIB;
    private static final long MAX_AUTO_LOG = 1024 * MIB;

    private ServerSizing() {
    }

    /** The server options, before those of {@code server-args} (which MariaDB lets win, coming later). */
    static List<String> args(EmbeddedDatabaseSettings settings, long machineBytes) {
        long pool = bufferPool(settings.getBufferPoolSize(), machineBytes);
        long log = logFile(settings.getLogFileSize(), pool);
        long queryCache = bytes(settings.getQueryCacheSize());
        // type DEMAND caches only SELECT SQL_CACHE; a server started with type 0 cannot turn it on later
        return List.of("--innodb-buffer-pool-size=" + pool / MIB + "M", "--innodb-log-file-size=" + log / MIB + "M",
                "--innodb-flush-log-at-trx-commit=" + settings.getFlushLogAtTrxCommit(),
                "--query-cache-type=" + (queryCache > 0 ? "DEMAND" : "OFF"), "--query-cache-size=" + queryCache);
    }

    static long bufferPool(String configured, long machineBytes) {
        if (configured == null || configured.isBlank() || configured.strip().equalsIgnoreCase("auto")) {
            return Math.max(MIN_POOL, Math.min(MAX_AUTO_POOL, roundedMib(machineBytes / 8)));
        }
        return Math.max(MIN_POOL, bytes(configured));
    }

    static long logFile(String configured, long pool) {
        if (configured == null || configured.isBlank() || configured.strip().equalsIgnoreCase("auto")) {
            return Math.max(MIN_LOG, Math.min(MAX_AUTO_LOG, roundedMib(pool / 4)));
        }
        return bytes(configured);
    }

    /** "512M", "2G", "1024k" or bytes. */
    static long bytes(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        long factor = switch (s.charAt(s.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> MIB;
            case 'G' -> 1024L * MIB;
            default -> 1L;
        };
        String digits = factor == 1L ? s : s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(digits.strip()) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size (such as 512M or 2G): " + size, e);
        }
    }

    /** The machine's physical memory; 4 GiB when the JVM cannot tell. */
    static long machineMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 4096 * MIB;
    }

    private static long roundedMib(long bytes) {
        return bytes / MIB * MIB;
    }
}
