package jixiao.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application. Budget years, deadlines and timestamps are Chinese civil
 * time whatever zone the server runs in, so the clock carries Asia/Shanghai explicitly.
 */
@Factory
class TimeFactory {

    @Singleton
    Clock clock(@Value("${jixiao.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
