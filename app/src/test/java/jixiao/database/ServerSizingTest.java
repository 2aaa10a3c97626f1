package jixiao.database;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jixiao.database.ServerSizing.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerSizingTest {

    @Test
    void automaticSizesFollowTheMachinesMemoryWithinBounds() {
        assertEquals(3072 * MIB, ServerSizing.bufferPool("auto", 24L * 1024 * MIB));
        assertEquals(4096 * MIB, ServerSizing.bufferPool("auto", 256L * 1024 * MIB), "at most 4G");
        assertEquals(128 * MIB, ServerSizing.bufferPool("auto", 512 * MIB), "at least MariaDB's own default");
        assertEquals(768 * MIB, ServerSizing.logFile("auto", 3072 * MIB));
        assertEquals(96 * MIB, ServerSizing.logFile("auto", 128 * MIB));
    }

    @Test
    void configuredSizesAreTakenAsWritten() {
        assertEquals(2048 * MIB, ServerSizing.bufferPool("2G", 1024 * MIB));
        assertEquals(512 * MIB, ServerSizing.logFile("512m", 128 * MIB));
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings();
        settings.setBufferPoolSize("1G");
        settings.setLogFileSize("auto");
        assertEquals(List.of("--innodb-buffer-pool-size=1024M", "--innodb-log-file-size=256M",
                "--innodb-flush-log-at-trx-commit=1", "--query-cache-type=DEMAND", "--query-cache-size=16777216"),
                ServerSizing.args(settings, 64L * 1024 * MIB));
        settings.setQueryCacheSize("0");
        assertTrue(ServerSizing.args(settings, 64L * 1024 * MIB).contains("--query-cache-type=OFF"));
        assertThrows(IllegalArgumentException.class, () -> ServerSizing.bytes("viel"));
    }
}
