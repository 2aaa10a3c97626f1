package jixiao.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one page formatter: amounts with separators, dates in Chinese form, Beijing time. */
class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void amountsHaveThousandsSeparatorsAndTwoDecimals() {
        assertEquals("1,170,000.00", fmt.money(new BigDecimal("1170000")));
        assertEquals("1,170,000.00", fmt.money("1170000.00"), "decimal strings as the views keep them");
        assertEquals("1,170,000.00 元", fmt.yuan("1170000.00"));
        assertEquals("-1,170,000.50", fmt.money(new BigDecimal("-1170000.5")));
        assertEquals("-999.00", fmt.money("-999"));
        assertEquals("0.00", fmt.money(BigDecimal.ZERO));
        assertEquals("0.00 元", fmt.yuan("0"));
        assertEquals("99,999,999,999,999.99", fmt.money(new BigDecimal("99999999999999.99")), "the largest amount accepted");
        assertEquals("123,456,789,012,345,678.00", fmt.money(new BigDecimal("1.23456789012345678E+17")), "no exponent");
        assertEquals("12.00", fmt.money(12));
    }

    @Test
    void wanAmountsKeepTheirDecimals() {
        assertEquals("117.00 万元", fmt.wan("117"));
        assertEquals("3.7231 万元", fmt.wan(new BigDecimal("3.7231")));
        assertEquals("1,234.50 万元", fmt.amount("1234.5", "万元"));
        assertEquals("315,000.00 元", fmt.amount("315000", "元"));
        assertEquals("315,000.00", fmt.amount("315000", null));
    }

    @Test
    void nothingAndTextsAreShownAsTheyAre() {
        assertEquals("", fmt.money(null));
        assertEquals("", fmt.yuan(null));
        assertEquals("", fmt.wan(""));
        assertEquals("", fmt.date(null));
        assertEquals("", fmt.dateTime(null));
        assertEquals("—", fmt.money("—"));
        assertEquals("未填报", fmt.yuan("未填报"));
        assertEquals("1,000.00", fmt.money("1,000.00"), "already grouped text is left alone");
        assertEquals("明年", fmt.date("明年"));
    }

    @Test
    void countsKeepTheirOwnDecimals() {
        assertEquals("12,000", fmt.number(12000));
        assertEquals("95.5", fmt.number(new BigDecimal("95.50")));
        assertEquals("-1,200", fmt.number("-1200"));
    }

    @Test
    void datesInChineseForm() {
        assertEquals("2024年6月30日", fmt.date(LocalDate.of(2024, 6, 30)));
        assertEquals("2024年6月30日", fmt.date("2024-06-30"));
        assertEquals("2024年1月5日", fmt.date("2024-01-05 23:59:59"));
        assertEquals("2024年6月30日 14:05", fmt.dateTime(LocalDateTime.of(2024, 6, 30, 14, 5, 59)));
        assertEquals("2024年6月30日 14:05", fmt.dateTime("2024-06-30 14:05:09"), "the reports' timestamps");
        assertEquals("2024年6月30日 00:00", fmt.dateTime(LocalDate.of(2024, 6, 30)));
    }

    @Test
    void pointsInTimeAreShownInBeijingTime() {
        assertEquals("2024年6月30日 14:05", fmt.dateTime(Instant.parse("2024-06-30T06:05:00Z")));
        assertEquals("2024年7月1日", fmt.date(Instant.parse("2024-06-30T16:30:00Z")), "after 16:00 UTC it is the next day in Beijing");
        assertEquals("2024年7月1日 00:30", fmt.dateTime(OffsetDateTime.of(2024, 6, 30, 16, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals("2024年7月1日 00:30", fmt.dateTime("2024-06-30T16:30:00Z"));
    }
}
