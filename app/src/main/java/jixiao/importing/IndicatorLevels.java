package jixiao.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The canonical 一级/二级指标 names and how published spellings map onto them. */
final class IndicatorLevels {

    static final String OUTPUT = "产出指标";
    static final String EFFECT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    /** 成本指标 is a 一级指标 under newer rules and a 二级指标 under 产出指标 in older tables. */
    static final String COST = "成本指标";

    static final List<String> FIRST = List.of(OUTPUT, EFFECT, SATISFACTION, COST);
    static final List<String> SECOND = List.of("数量指标", "质量指标", "时效指标", COST,
            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
    static final String QUANTITY = "数量指标";

    private static final Map<String, String> FIRST_OF_SECOND = Map.of(
            "数量指标", OUTPUT, "质量指标", OUTPUT, "时效指标", OUTPUT, COST, OUTPUT,
            "经济效益指标", EFFECT, "社会效益指标", EFFECT, "生态效益指标", EFFECT, "可持续影响指标", EFFECT,
            "服务对象满意度指标", SATISFACTION);

    /** 彭阳 numbers its levels: {@code 1-产出指标}, {@code 11-数量指标}. */
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\d{1,3}\\s*[-－—.．、]+\\s*");
    private static final String SUFFIX = "指标";

    private IndicatorLevels() {
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

    private static String match(String cell, List<String> names, boolean lenient) {
        if (cell == null) {
            return null;
        }
        String t = Texts.removeSpaces(cell);
        var m = CODE_PREFIX.matcher(t);
        boolean coded = m.find();
        if (coded) {
            t = t.substring(m.end());
        }
        if (names.contains(t)) {
            return t;
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
