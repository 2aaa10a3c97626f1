package jixiao.monitoring;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Exact checks of a finding: numbers by compareTo (null means "must be null"). */
final class FindingAssertions {

    private FindingAssertions() {
    }

    static void assertFinding(Finding finding, AlertRule rule, Light light, String expected, String actual,
                              String ratio, String lag, String text) {
        assertEquals(rule, finding.rule(), "rule");
        assertEquals(light, finding.light(), "light");
        assertNumber("expected", expected, finding.expected());
        assertNumber("actual", actual, finding.actual());
        assertNumber("ratio", ratio, finding.ratio());
        assertNumber("lag", lag, finding.lag());
        assertEquals(text, finding.text());
    }

    static void assertNumber(String what, String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual, what);
            return;
        }
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> what + ": expected " + expected + " but was " + actual);
    }
}
