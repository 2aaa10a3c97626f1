package jixiao.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reading 一级/二级指标 names in published text: code prefixes, missing 指标 suffixes and OCR
 * misreadings. The vocabulary itself is the registry's ({@link jixiao.project.IndicatorLevels}).
 */
final class LevelReading {

    static final String OUTPUT = jixiao.project.IndicatorLevels.OUTPUT;
    /** 成本指标 is a 一级指标 under newer rules and a 二级指标 under 产出指标 in older tables. */
    static final String COST = jixiao.project.IndicatorLevels.COST;
    static final String QUANTITY = "数量指标";

    static final List<String> FIRST = jixiao.project.IndicatorLevels.LEVEL1;
    static final List<String> SECOND = List.copyOf(new java.util.TreeSet<>(jixiao.project.IndicatorLevels.LEVEL2_PARENT.keySet()));
    private static final Map<String, String> FIRST_OF_SECOND = jixiao.project.IndicatorLevels.LEVEL2_PARENT;

    /** 彭阳 numbers its levels: {@code 1-产出指标}, {@code 11-数量指标}. */
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\d{1,3}\\s*[-－—.．、]+\\s*");
    private static final String SUFFIX = "指标";
    /** Names some provinces publish for a canonical level (湖北、湖南 申报表: 社会公众或服务对象满意度指标). */
    private static final Map<String, String> ALIASES = Map.of(
            "社会公众或服务对象满意度指标", "服务对象满意度指标",
            "社会公众或服务对象满意度", "服务对象满意度指标",
            "环境效益指标", "生态效益指标",
            // 广东 (东莞) 批复表: 预期产出指标 / 效果指标 over 预算(或投资规模)控制指标 and one 社会、经济、生态效益 row
            "预期产出指标", OUTPUT,
            "效果指标", jixiao.project.IndicatorLevels.EFFECT,
            "预算控制指标", COST,
            "社会、经济、生态效益指标", "社会效益指标");
    /** A gloss in brackets after or inside a level name: 数量指标(或建筑规模指标), 时效指标(工期指标), 预算(或投资规模)控制指标. */
    private static final Pattern GLOSS = Pattern.compile("[(（][^()（）]*[)）]");
    /**
     * Points written after a level name: {@code 产出指标(50分)}, {@code 效益指标（30分）},
     * {@code 满意度指标 10分}, {@code 产出指标（权重50%）}. Matched on the text without spaces.
     */
    private static final Pattern WRITTEN_POINTS = Pattern.compile(
            "^(?<name>.+?)(?:[(（](?:分值|权重|分数)?[:：]?(?<bracketed>\\d+(?:\\.\\d+)?)(?:分|%)?[)）]|(?<bare>\\d+(?:\\.\\d+)?)分)$");

    /**
     * A 申报表's hint on filling in a level, printed after its name in the same cell: {@code 数量指标 (必填硬性指标)},
     * {@code 经济效益指标(选填)}. It says what the form asks for, not which level it is.
     */
    private static final Pattern FILL_HINT = Pattern.compile("[(（](?:必填|选填|可选|非必填|可填)[^()（）]*[)）]$");

    private LevelReading() {
    }

    /**
     * The canonical 一级指标 named by {@code cell}, or null. {@code lenient} (the cell stands in a
     * level column) also accepts the name without its 指标 suffix; a code prefix always does.
     */
    static String first(String cell, boolean lenient) {
        return match(cell, FIRST, lenient);
    }

    static String second(String cell, boolean lenient) {
        return match(cell, SECOND, lenient);
    }

    static boolean isLevel(String cell, boolean lenient) {
        return first(cell, lenient) != null || second(cell, lenient) != null;
    }

    /** The 一级指标 a 二级指标 belongs to ({@code 成本指标} → 产出指标, the older rule). */
    static String firstOf(String second) {
        return second == null ? null : FIRST_OF_SECOND.get(second);
    }

    /** Whether {@code second} may stand under {@code first} (成本指标 also under itself, the newer rule). */
    static boolean fits(String first, String second) {
        return first != null && (first.equals(firstOf(second)) || (COST.equals(first) && COST.equals(second)));
    }

    /**
     * An OCR misreading of a level name ({@code 丹勖引寸象满意度指标}): the canonical name sharing the
     * longest ending with the text, if the text is no shorter than the name, that ending leaves at
     * most three characters misread and no other name shares as long an ending. Null when there is
     * no such single name.
     */
    static String misread(String text) {
        String t = Texts.removeSpaces(text);
        if (!t.endsWith(SUFFIX)) {
            return null;
        }
        String best = null;
        int bestShared = -1;
        boolean tie = false;
        for (List<String> names : List.of(FIRST, SECOND)) {
            for (String name : names) {
                if (t.length() < name.length() || t.length() > name.length() + 2) {
                    continue;
                }
                int shared = sharedEnding(t, name);
                if (shared < Math.max(SUFFIX.length() + 1, name.length() - 3)) {
                    continue;
                }
                if (shared > bestShared) {
                    best = name;
                    bestShared = shared;
                    tie = false;
                } else if (shared == bestShared && !name.equals(best)) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    /**
     * The points a level cell states after the name ({@code 产出指标(50分)} → 50), or null. Only a
     * cell that names a level counts, so {@code 培训人数(50人)} is never read as points.
     */
    static java.math.BigDecimal writtenPoints(String cell) {
        if (cell == null) {
            return null;
        }
        var m = WRITTEN_POINTS.matcher(Texts.removeSpaces(cell));
        if (!m.matches() || match(m.group("name"), FIRST, true) == null && match(m.group("name"), SECOND, true) == null) {
            return null;
        }
        return new java.math.BigDecimal(m.group("bracketed") != null ? m.group("bracketed") : m.group("bare"));
    }

    /** The level name without the points written after it, or the band of points it may be given. */
    private static String withoutPoints(String compact) {
        var m = WRITTEN_POINTS.matcher(compact);
        if (m.matches()) {
            return m.group("name");
        }
        var band = POINTS_BAND.matcher(compact);
        return band.matches() ? band.group(1) : compact;
    }

    /**
     * A band of points after a level name ({@code 成本指标(0-20)分}, 重庆 审批表): how many points the level may be
     * given, not its weight, so it is read as the name only.
     */
    private static final Pattern POINTS_BAND = Pattern.compile(
            "^(.+?)[(（]\\d+(?:\\.\\d+)?[-－—~～]\\d+(?:\\.\\d+)?(?:分)?[)）]分?$");

    private static String match(String cell, List<String> names, boolean lenient) {
        if (cell == null) {
            return null;
        }
        String t = withoutPoints(FILL_HINT.matcher(Texts.removeSpaces(cell)).replaceFirst(""));
        var m = CODE_PREFIX.matcher(t);
        boolean coded = m.find();
        if (coded) {
            t = t.substring(m.end());
        }
        t = ALIASES.getOrDefault(t, t);
        if (names.contains(t)) {
            return t;
        }
        String unglossed = GLOSS.matcher(t).replaceAll("");
        if (!unglossed.equals(t) && !unglossed.isEmpty()) {
            unglossed = ALIASES.getOrDefault(unglossed, unglossed);
            if (names.contains(unglossed)) {
                return unglossed;
            }
        }
        if ((lenient || coded) && !t.endsWith(SUFFIX) && names.contains(t + SUFFIX)) {
            return t + SUFFIX;
        }
        return null;
    }

    private static int sharedEnding(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
