package jixiao.indicatorvalue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the digits of years and calendar dates ({@code 2024年12月31日前}, {@code 2024 年度内},
 * {@code 2024-2025年}, {@code 6月底}) behind {@code #}: a date says by when, it is not the quantity a target is measured
 * against. Positions are kept, so the masked text lines up with the unmasked one.
 */
final class DateMask {

    static final char MASK = '#';

    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(?:19|20)[0-9]{2}(?:[-—–~至](?:19|20)[0-9]{2})?年"
                    + "|(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日"
                    + "|(?<![0-9])[0-9]{1,2}月(?:底|末|初|份|上旬|中旬|下旬)");

    private DateMask() {
    }

    static String mask(String text) {
        Matcher m = DATE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group().replaceAll("[0-9]", String.valueOf(MASK)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
