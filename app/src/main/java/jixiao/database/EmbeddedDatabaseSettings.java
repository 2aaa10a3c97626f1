package jixiao.database;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the embedded MariaDB keeps its binaries and data when no datasource URL is configured.
 */
@ConfigurationProperties("jixiao.embedded-db")
public class EmbeddedDatabaseSettings {

    /** Root folder: binaries in {@code server-<version>/}, tables in {@code data/}. */
    private String directory = "data/mariadb";
    /** Empty the data folder when this JVM first starts the server (tests). */
    private boolean freshData = false;
    /** 0 picks a free port. */
    private int port = 0;
    private String databaseName = "jixiao";
    private List<String> serverArgs = new ArrayList<>();
    /**
     * InnoDB's buffer pool: {@code auto} (an eighth of the machine's memory, at least 128M and at most 4G)
     * or a size such as {@code 2G}. MariaDB's own default of 128M holds a county; a province's tables
     * (1 GB and more at 200,000 projects) need more, or every run reads them from disk.
     */
    private String bufferPoolSize = "auto";
    /** InnoDB's redo log: {@code auto} (a quarter of the buffer pool, 96M to 1G) or a size. */
    private String logFileSize = "auto";
    /** innodb_flush_log_at_trx_commit: 1 writes the log to disk at every commit (nothing committed is lost). */
    private int flushLogAtTrxCommit = 1;
    /**
     * The query cache, for the statements that ask for it ({@code SELECT SQL_CACHE}: query_cache_type DEMAND). The
     * finance dashboard's checks of what changed are such statements: asked on every view, answered from the cache
     * until a table they read is written (issue 15). {@code 0} turns it off.
     */
    private String queryCacheSize = "16M";

    public String getDirectory() { return directory; }
    public void setDirectory(String directory) { this.directory = directory; }
    public boolean isFreshData() { return freshData; }
    public void setFreshData(boolean freshData) { this.freshData = freshData; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public String getDatabaseName() { return databaseName; }
    public void setDatabaseName(String databaseName) { this.databaseName = databaseName; }
    public String getBufferPoolSize() { return bufferPoolSize; }
    public void setBufferPoolSize(String bufferPoolSize) { this.bufferPoolSize = bufferPoolSize; }
    public String getLogFileSize() { return logFileSize; }
    public void setLogFileSize(String logFileSize) { this.logFileSize = logFileSize; }
    public int getFlushLogAtTrxCommit() { return flushLogAtTrxCommit; }
    public void setFlushLogAtTrxCommit(int flushLogAtTrxCommit) { this.flushLogAtTrxCommit = flushLogAtTrxCommit; }
    public String getQueryCacheSize() { return queryCacheSize; }
    public void setQueryCacheSize(String queryCacheSize) { this.queryCacheSize = queryCacheSize; }
    public List<String> getServerArgs() { return serverArgs; }
    public void setServerArgs(List<String> serverArgs) { this.serverArgs = serverArgs; }
}
