package jixiao.importing;

import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal year a published document prints in its headings, such as {@code 2024 年部门项目支出预算绩效目标表}
 * (彭阳) or a workbook's title {@code 2024年项目支出绩效目标表}. Only headings made of the year and the generic
 * words count: a project's own title that starts with a year ({@code 2023年第二批中央转移支付资金…绩效目标表},
 * a 2024 table of 滨海) names where the money came from, not the year of the table.
 */
final class PrintedYears {

    private static final Pattern HEADING = Pattern.compile(
            "((?:19|20)\\d{2})年度?(?:部门|单位|项目|支出|预算|整体)*绩效目标(?:表|申报表)?$");

    private PrintedYears() {
    }

    /** The year a heading prints; null when the text is not such a heading. */
    static Integer inHeading(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = HEADING.matcher(Texts.removeSpaces(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The headings of a text: line number (1-based, as the parser counts) → year. */
    static NavigableMap<Integer, Integer> headings(String text) {
        NavigableMap<Integer, Integer> years = new TreeMap<>();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Integer year = inHeading(lines[i]);
            if (year != null) {
                years.put(i + 1, year);
            }
        }
        return years;
    }

    /** The year printed over a table: that of the last heading at or above its first line; null if none. */
    static Integer over(ParsedTable table, NavigableMap<Integer, Integer> headings) {
        var heading = headings.floorEntry(table.line());
        return heading == null ? null : heading.getValue();
    }
}
