package jixiao.scheduler;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;

import javax.sql.DataSource;

@Factory
@Requires(property = "jixiao.scheduler.enabled", notEquals = "false")
class SchedulerFactory {

    @Singleton
    @Bean(preDestroy = "shutdown")
    Scheduler scheduler(SchedulerSettings settings, DataSource dataSource,
                        DataSourceResolver dataSourceResolver, BeanContext beanContext) throws SchedulerException {
        // Quartz commits and rolls back its own connections: it must get plain pooled ones, never
        // the connection of a transaction that happens to be open on the calling thread.
        DataSource pool = dataSourceResolver.resolve(dataSource);
        JobFactory jobs = (bundle, scheduler) -> beanContext.getBean(bundle.getJobDetail().getJobClass());
        return ClusteredSchedulers.create(settings, pool, jobs);
    }
}
