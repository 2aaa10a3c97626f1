package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The 分值 of each indicator: its own weight when set, otherwise an equal share of what its first-level
 * indicator has left after the explicitly weighted ones ({@link LevelShares}). Shares are split to the cent (尾差 to the first
 * rows), so the weights printed are the weights used and add up exactly.
 *
 * <p>The weights must add up to the indicator points less whatever a missing first-level indicator leaves
 * unobtainable; when every indicator carries its own weight the level table plays no part and they must
 * add up to the full indicator points.
 */
final class IndicatorWeights {

    /**
     * The weights in input order; {@code notes} explain the first-level points when a default split is used.
     *
     * @param weightSum what the weights add up to
     * @param expected  what they must add up to; a sheet whose weights do not is not given a total
     */
    record Plan(List<BigDecimal> weights, List<String> notes, List<ScoringProblem> problems, BigDecimal weightSum,
                BigDecimal expected) {

        boolean balanced() {
            return weightSum.compareTo(expected) == 0;
        }
    }

    private IndicatorWeights() {
    }

    /** @param explained false to leave the notes and the problem messages empty ({@link ScoringEngine#withoutTexts}) */
    static Plan plan(List<IndicatorInput> indicators, ScoringRulebook rules, boolean explained) {
        List<String> levels = indicators.stream().map(i -> normalizeLevel(i.level1())).toList();
        Set<String> present = Set.copyOf(levels);
        Map<String, BigDecimal> table = tableFor(present, rules);
        List<String> notes = new ArrayList<>();
        LevelPoints available = levelPoints(table, present, rules, explained ? notes : null);
        Map<String, BigDecimal> levelPoints = available.points();

        List<ScoringProblem> problems = new ArrayList<>();
        BigDecimal[] weights = new BigDecimal[indicators.size()];
        Map<String, List<Integer>> unweightedByLevel = new LinkedHashMap<>();
        Map<String, BigDecimal> explicitByLevel = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput indicator = indicators.get(i);
            String level = levels.get(i);
            if (indicator.weight() != null) {
                weights[i] = indicator.weight();
                explicitByLevel.merge(level, indicator.weight(), BigDecimal::add);
            } else if (levelPoints.containsKey(level)) {
                unweightedByLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(i);
            } else {
                weights[i] = BigDecimal.ZERO;
                problems.add(new ScoringProblem(i, "level1", !explained ? ""
                        : Messages.text("evaluation.problem.unknownLevel", i + 1, indicator.name(), indicator.level1())));
            }
        }
        unweightedByLevel.forEach((level, rows) -> {
            List<BigDecimal> split = LevelShares.ofRemainder(levelPoints.get(level),
                    explicitByLevel.getOrDefault(level, BigDecimal.ZERO), rows.size());
            for (int k = 0; k < rows.size(); k++) {
                weights[rows.get(k)] = split.get(k);
            }
        });

        List<BigDecimal> result = List.of(weights);
        BigDecimal sum = result.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean defaultSplit = !unweightedByLevel.isEmpty();
        BigDecimal expected = rules.indicatorPoints().subtract(defaultSplit ? available.unobtainable() : BigDecimal.ZERO);
        if (indicators.isEmpty()) {
            expected = sum;
        }
        if (sum.compareTo(expected) != 0) {
            problems.add(new ScoringProblem(null, "weight", !explained ? ""
                    : Messages.text("evaluation.problem.weightTotal", Numbers.plain(sum), Numbers.plain(expected))));
        }
        if (defaultSplit) {
            // Points nobody can earn make a perfect project look mediocre: the sheet cannot go out like that.
            available.missing().forEach((level, points) -> problems.add(new ScoringProblem(null, "level1", !explained ? ""
                    : Messages.text("evaluation.problem.missingLevel", level, Numbers.plain(points),
                    Numbers.plain(rules.indicatorPoints())))));
        }
        return new Plan(result, defaultSplit ? notes : List.of(), problems, sum, expected);
    }

    /**
     * The points of each present first-level indicator, and the points no indicator can earn.
     *
     * @param missing the missing first-level indicators whose points cannot be earned, with their points
     */
    private record LevelPoints(Map<String, BigDecimal> points, BigDecimal unobtainable, Map<String, BigDecimal> missing) {
    }

    /**
     * Published tables write first-level names as {@code 产出指标}, {@code 1-产出指标} (彭阳) or, rarely,
     * {@code 产出}; all mean the same level.
     */
    static String normalizeLevel(String level1) {
        if (level1 == null) {
            return "";
        }
        String name = plain(level1) ? level1
                : LEADING_NUMBER.matcher(WHITESPACE.matcher(level1).replaceAll("")).replaceFirst("");
        return name.isEmpty() || name.endsWith("指标") ? name : name + "指标";
    }

    /** {@code \\s} and {@code \\d} as Java's regular expressions read them without UNICODE_CHARACTER_CLASS. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[-－.、]");

    /**
     * Whether neither pattern can change the name: no ASCII whitespace, no leading ASCII digit. Nearly every name
     * is so (产出指标), and a year's scoring normalizes eight of them per project, each once compiled and matched.
     */
    private static boolean plain(String level1) {
        if (!level1.isEmpty() && level1.charAt(0) >= '0' && level1.charAt(0) <= '9') {
            return false;
        }
        for (int i = 0; i < level1.length(); i++) {
            char c = level1.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The with-cost table applies when the project uses a first-level indicator only that table knows (成本指标). */
    private static Map<String, BigDecimal> tableFor(Set<String> levels, ScoringRulebook rules) {
        boolean costLevel = levels.stream().anyMatch(l ->
                rules.levelPointsWithCostLevel().containsKey(l) && !rules.levelPoints().containsKey(l));
        return costLevel ? rules.levelPointsWithCostLevel() : rules.levelPoints();
    }

    /**
     * The table's points for the levels present, with the points of missing levels passed on or left out.
     *
     * @param notes where to explain them; null to explain nothing
     */
    private static LevelPoints levelPoints(Map<String, BigDecimal> table, Set<String> present,
                                           ScoringRulebook rules, List<String> notes) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        table.forEach((level, p) -> {
            if (present.contains(level)) {
                points.put(level, p);
            }
        });
        if (points.isEmpty()) {
            return new LevelPoints(points, BigDecimal.ZERO, Map.of());
        }
        BigDecimal spread = BigDecimal.ZERO;
        BigDecimal unobtainable = BigDecimal.ZERO;
        Map<String, BigDecimal> missingLevels = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> missing : table.entrySet()) {
            String level = missing.getKey();
            if (present.contains(level)) {
                continue;
            }
            String recipient = rules.missingLevelRecipients().get(level);
            if (recipient != null && points.containsKey(recipient)) {
                points.merge(recipient, missing.getValue(), BigDecimal::add);
                note(notes, "evaluation.note.missingLevelTo", level, missing.getValue(), recipient);
            } else if (rules.spreadMissingLevels()) {
                spread = spread.add(missing.getValue());
                note(notes, "evaluation.note.missingLevelSpread", level, missing.getValue());
            } else {
                unobtainable = unobtainable.add(missing.getValue());
                missingLevels.put(level, missing.getValue());
                note(notes, "evaluation.note.missingLevelUnobtainable", level, missing.getValue());
            }
        }
        if (spread.signum() > 0) {
            List<String> receivers = List.copyOf(points.keySet());
            BigDecimal base = receivers.stream().map(table::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal toSpread = spread;
            List<BigDecimal> shares = CentApportionment.apportion(spread, receivers.stream()
                    .map(l -> toSpread.multiply(table.get(l)).divide(base, MathContext.DECIMAL128)).toList());
            for (int k = 0; k < receivers.size(); k++) {
                points.merge(receivers.get(k), shares.get(k), BigDecimal::add);
            }
        }
        if (notes != null) {
            notes.add(0, Messages.text("evaluation.note.levelPoints", points.entrySet().stream()
                    .map(e -> Messages.text("evaluation.note.levelPoint", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(Messages.text("evaluation.listSeparator")))));
        }
        return new LevelPoints(points, unobtainable, missingLevels);
    }

    private static void note(List<String> notes, String key, Object... args) {
        if (notes != null) {
            notes.add(Messages.text(key, args));
        }
    }
}
