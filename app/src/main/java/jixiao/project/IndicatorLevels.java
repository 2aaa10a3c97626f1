package jixiao.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 一级/二级指标 vocabulary. Published tables write the same level several ways
 * ({@code 11-数量指标}, {@code 22-社会效益}, {@code 社会效益指标}); everything is stored under one
 * canonical name. 成本指标 is a 二级指标 under 产出指标 in older tables and a 一级指标 in newer ones;
 * both are accepted.
 */
public final class IndicatorLevels {

    public static final String OUTPUT = "产出指标";
    public static final String EFFECT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final String COST = "成本指标";

    public static final List<String> LEVEL1 = List.of(OUTPUT, COST, EFFECT, SATISFACTION);

    /** Canonical 二级指标 and the 一级指标 each belongs to (成本指标 may also stand alone). */
    public static final Map<String, String> LEVEL2_PARENT = Map.ofEntries(
            Map.entry("数量指标", OUTPUT),
            Map.entry("质量指标", OUTPUT),
            Map.entry("时效指标", OUTPUT),
            Map.entry(COST, OUTPUT),
            Map.entry("经济成本指标", COST),
            Map.entry("社会成本指标", COST),
            Map.entry("生态环境成本指标", COST),
            Map.entry("经济效益指标", EFFECT),
            Map.entry("社会效益指标", EFFECT),
            Map.entry("生态效益指标", EFFECT),
            Map.entry("可持续影响指标", EFFECT),
            Map.entry("服务对象满意度指标", SATISFACTION));

    private static final Pattern CODE_PREFIX = Pattern.compile("^[0-9]+\\s*[-－—.、．]+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private IndicatorLevels() {
    }

    /** The canonical 一级指标 for a published name, if it is one. */
    public static Optional<String> level1(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (String name : LEVEL1) {
            if (name.equals(t) || name.equals(t + "指标")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical 二级指标 for a published name ({@code 22-社会效益} → 社会效益指标). Unknown names
     * are kept as published, cleaned of a code prefix: provinces add their own.
     */
    public static String level2(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return t;
        }
        if (LEVEL2_PARENT.containsKey(t)) {
            return t;
        }
        if (LEVEL2_PARENT.containsKey(t + "指标")) {
            return t + "指标";
        }
        if (t.equals("可持续影响") || t.equals("服务对象满意度")) {
            return t + "指标";
        }
        return t;
    }

    public static boolean isKnownLevel2(String canonical) {
        return LEVEL2_PARENT.containsKey(canonical);
    }

    /** Whether an indicator is a cost: under a first-level 成本指标 or a second-level 成本指标. */
    public static boolean isCost(String level1, String level2) {
        return COST.equals(level1) || COST.equals(level2) || (level2 != null && level2.endsWith("成本指标"));
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        return CODE_PREFIX.matcher(SPACES.matcher(text.strip()).replaceAll("")).replaceFirst("");
    }
}
