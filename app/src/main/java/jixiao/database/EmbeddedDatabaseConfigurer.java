package jixiao.database;

import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the embedded MariaDB when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL} or {@code datasources.default.url}). With a URL configured,
 * nothing is started.
 */
@Singleton
class EmbeddedDatabaseConfigurer implements BeanInitializedEventListener<BasicJdbcConfiguration> {

    private final EmbeddedDatabaseSettings settings;

    EmbeddedDatabaseConfigurer(EmbeddedDatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public BasicJdbcConfiguration onInitialized(BeanInitializingEvent<BasicJdbcConfiguration> event) {
        BasicJdbcConfiguration datasource = event.getBean();
        if ("default".equals(datasource.getName()) && isBlank(datasource.getConfiguredUrl())) {
            EmbeddedMariaDb.Running db = EmbeddedMariaDb.start(settings);
            datasource.setUrl(db.jdbcUrl(settings.getDatabaseName()));
            datasource.setUsername(EmbeddedMariaDb.USER);
            datasource.setPassword(db.password());
        }
        return datasource;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
