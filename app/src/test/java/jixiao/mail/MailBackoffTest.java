package jixiao.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailBackoffTest {

    private final MailBackoff rule = new MailBackoff(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2)), 8);

    @Test
    void theWaitGrowsWithEachFailureAndTheLastRepeats() {
        assertEquals(Duration.ofMinutes(1), rule.delayAfter(1));
        assertEquals(Duration.ofMinutes(5), rule.delayAfter(2));
        assertEquals(Duration.ofMinutes(30), rule.delayAfter(3));
        assertEquals(Duration.ofHours(2), rule.delayAfter(4));
        assertEquals(Duration.ofHours(2), rule.delayAfter(5));
        assertEquals(Duration.ofHours(2), rule.delayAfter(100));
    }

    @Test
    void givenUpAfterTheLastAllowedAttempt() {
        assertFalse(rule.givesUpAfter(1));
        assertFalse(rule.givesUpAfter(7));
        assertTrue(rule.givesUpAfter(8));
        assertTrue(rule.givesUpAfter(9));
        assertTrue(new MailBackoff(List.of(Duration.ofMinutes(1)), 1).givesUpAfter(1));
    }

    @Test
    void theDefaultsTryForMoreThanADay() {
        MailBackoff defaults = new MailSettings().rule();
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < defaults.maxAttempts(); attempt++) {
            total = total.plus(defaults.delayAfter(attempt));
        }
        assertTrue(total.compareTo(Duration.ofDays(1)) > 0, "a server down over a night and a day: " + total);
        assertEquals(Duration.ofMinutes(1), defaults.delayAfter(1), "a short outage delays mail by a minute");
    }

    @Test
    void refusesRulesThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new MailBackoff(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> new MailBackoff(List.of(Duration.ZERO), 3));
        assertThrows(IllegalArgumentException.class, () -> new MailBackoff(List.of(Duration.ofMinutes(1)), 0));
        assertThrows(IllegalArgumentException.class, () -> rule.delayAfter(0));
    }
}
