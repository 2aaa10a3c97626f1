package jixiao.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock a test sets to the day it needs ("today" for deadlines and waits), in Asia/Shanghai like the
 * application's. Replace the application's with {@code @MockBean(Clock.class)}.
 */
public final class MovableClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MovableClock(LocalDateTime shanghaiTime) {
        set(shanghaiTime);
    }

    public void set(LocalDateTime shanghaiTime) {
        now = shanghaiTime.atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
