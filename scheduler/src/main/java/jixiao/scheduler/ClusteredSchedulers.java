package jixiao.scheduler;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds a Quartz scheduler on the JDBC job store, clustered, taking its connections from the
 * application's pool. Not started: the caller registers its jobs first.
 */
public final class ClusteredSchedulers {

    private ClusteredSchedulers() {
    }

    public static Scheduler create(SchedulerSettings settings, DataSource dataSource, JobFactory jobFactory)
            throws SchedulerException {
        // Quartz keeps connection providers and schedulers in JVM-wide registries keyed by name.
        // A unique provider name, and removing the scheduler from the registry afterwards, keep
        // two schedulers of one cluster in one JVM (tests, or two contexts) from sharing state.
        String dataSourceName = "jixiao-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolProvider(dataSource));

        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, settings.getName());
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, settings.getInstanceId());
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.getThreadCount()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "quartz-" + settings.getName());
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(settings.getClusterCheckinIntervalMs()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.getMisfireThresholdMs()));
        // Row locks on QRTZ_LOCKS around trigger acquisition: what makes "fires once" hold in a cluster.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");

        StdSchedulerFactory factory = new StdSchedulerFactory(p);
        Scheduler scheduler = factory.getScheduler();
        SchedulerRepository.getInstance().remove(settings.getName());
        scheduler.setJobFactory(jobFactory);
        return scheduler;
    }

    private record PoolProvider(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the application; it closes it.
        }

        @Override
        public void initialize() {
        }
    }
}
