package jixiao.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How amounts and dates are shown on pages: {@code 1,170,000.00}, {@code 2024年6月30日},
 * {@code 2024年6月30日 14:05}. The one place for it, used by every template as {@code #fmt}
 * ({@code jixiao.web.FormatDialect}). Only for showing: form fields, exports and the JSON API keep
 * plain numbers and ISO dates, so what people type back is never a formatted text.
 *
 * <p>Values arrive as they are kept in the view records: decimals as {@link BigDecimal} or as
 * decimal strings ("1170000.00"), dates as {@code java.time} values or ISO texts. Anything that is
 * not such a value is shown unchanged, and null as an empty text.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    public Formats() {
    }

    /** An amount with thousands separators and at least two decimals: {@code -1,170,000.00}, {@code 3.7231}. */
    public String money(Object value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return value == null ? "" : value.toString();
        }
        return grouped(d.setScale(Math.max(2, d.scale()), RoundingMode.UNNECESSARY));
    }

    /** {@link #money} followed by 元, for amounts shown without a column saying the unit. */
    public String yuan(Object value) {
        return withUnit(value, "元");
    }

    /** {@link #money} followed by 万元. */
    public String wan(Object value) {
        return withUnit(value, "万元");
    }

    /** {@link #money} followed by the unit given (元 or 万元, as the project keeps its money). */
    public String amount(Object value, String unit) {
        return unit == null || unit.isBlank() ? money(value) : withUnit(value, unit.strip());
    }

    /** A count or measured value with separators and its own decimals: {@code 12,000}, {@code 95.5}. */
    public String number(Object value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return value == null ? "" : value.toString();
        }
        return grouped(Numbers.normalized(d));
    }

    /** {@code 2024年6月30日}; a point in time is taken in Beijing time. */
    public String date(Object value) {
        LocalDateTime t = local(value);
        if (t == null) {
            return value == null ? "" : value.toString();
        }
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }

    /** {@code 2024年6月30日 14:05}; a point in time is taken in Beijing time. */
    public String dateTime(Object value) {
        LocalDateTime t = local(value);
        if (t == null) {
            return value == null ? "" : value.toString();
        }
        return date(t) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }

    private String withUnit(Object value, String unit) {
        String shown = money(value);
        return shown.isEmpty() || decimal(value) == null ? shown : shown + " " + unit;
    }

    private static String grouped(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        f.setParseBigDecimal(true);
        return f.format(d);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof CharSequence s && !s.toString().isBlank()) {
            String t = s.toString().strip();
            return t.indexOf(',') >= 0 ? null : Numbers.parse(t);
        }
        return null;
    }

    private static LocalDateTime local(Object value) {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZONE);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (value instanceof CharSequence s) {
            Matcher m = DATE_TEXT.matcher(s.toString().strip());
            if (!m.matches()) {
                return null;
            }
            try {
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
                if (m.group(6) != null) {
                    return OffsetDateTime.parse(s.toString().strip().replace(' ', 'T')).atZoneSameInstant(ZONE).toLocalDateTime();
                }
                return t;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
