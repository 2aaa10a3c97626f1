package jixiao.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.List;

import static jixiao.evaluation.Fixtures.decimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CentApportionmentTest {

    private static List<BigDecimal> equalShares(String total, int n) {
        BigDecimal share = decimal(total).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        return Collections.nCopies(n, share);
    }

    @Test
    void fiftyOverThree_16point67_16point67_16point66() {
        assertEquals(List.of(decimal("16.67"), decimal("16.67"), decimal("16.66")),
                CentApportionment.apportion(decimal("50"), equalShares("50", 3)));
    }

    @Test
    void tenOverThree_3point34_3point33_3point33() {
        assertEquals(List.of(decimal("3.34"), decimal("3.33"), decimal("3.33")),
                CentApportionment.apportion(decimal("10"), equalShares("10", 3)));
    }

    @Test
    void missingCentGoesToTheLargestRemainder() {
        // 1.004 + 2.003 + 3.008 = 6.015 → 6.02: floors 1.00 + 2.00 + 3.00 = 6.00, two cents to .008 then .004
        assertEquals(List.of(decimal("1.01"), decimal("2.00"), decimal("3.01")), CentApportionment.apportion(
                decimal("6.02"), List.of(decimal("1.004"), decimal("2.003"), decimal("3.008"))));
    }

    @Test
    void halfUpWhenThatAlreadyAddsUp() {
        // 1.005 → 1.01, 2.004 → 2.00: 3.01 = round(3.009)
        assertEquals(List.of(decimal("1.01"), decimal("2.00")),
                CentApportionment.apportion(decimal("3.01"), List.of(decimal("1.005"), decimal("2.004"))));
    }

    @Test
    void partsThatCannotMakeTheTotal_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CentApportionment.apportion(decimal("5"), List.of(decimal("1"), decimal("1"))));
    }
}
