package jixiao.indicatorvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-unit qualifiers written before the number, which belong to the unit: {@code 每天 1 人} is
 * 1 人/天, {@code 每人每年4.35万元} is 4.35 万元/人/年, {@code 人均经费5万元} is 5 万元/人.
 * {@code 平均} is an average, not a per-unit qualifier, and is not matched.
 */
final class UnitQualifiers {

    private static final Pattern QUALIFIER =
            Pattern.compile("每(?<each>季度|工作日|\\p{IsHan})|(?<per>[人户年月日周场次件村所])均");

    private UnitQualifiers() {
    }

    /** The "per" units in the order written, e.g. [人, 年] for 每人每年. */
    static List<String> in(String prefix) {
        List<String> units = new ArrayList<>();
        Matcher m = QUALIFIER.matcher(prefix);
        while (m.find()) {
            units.add(m.group("each") != null ? m.group("each") : m.group("per"));
        }
        return units;
    }
}
