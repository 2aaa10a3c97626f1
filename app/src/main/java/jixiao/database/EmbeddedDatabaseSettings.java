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

    public String getDirectory() { return directory; }
    public void setDirectory(String directory) { this.directory = directory; }
    public boolean isFreshData() { return freshData; }
    public void setFreshData(boolean freshData) { this.freshData = freshData; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public String getDatabaseName() { return databaseName; }
    public void setDatabaseName(String databaseName) { this.databaseName = databaseName; }
    public List<String> getServerArgs() { return serverArgs; }
    public void setServerArgs(List<String> serverArgs) { this.serverArgs = serverArgs; }
}
