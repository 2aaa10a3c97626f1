package jixiao.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersTest {

    /** A DECIMAL column's text cut before parsing gives exactly what normalizing the parsed number gives, scale too. */
    @Test
    void normalizedText_isNormalizedOfTheParsedText() {
        for (String text : new String[]{"55.000000", "0.000000", "-0.000000", "100.000000", "100", "0", "12.50",
                "-3.140000", "0.000100", "99999999999999.990000", "1200", "7.5", "1E+2", "1.50E+3"}) {
            BigDecimal expected = Numbers.normalized(new BigDecimal(text));
            BigDecimal cut = Numbers.normalizedText(text);
            assertEquals(expected, cut, text);
            assertEquals(expected.scale(), cut.scale(), text);
        }
        assertNull(Numbers.normalizedText(null));
    }
}
