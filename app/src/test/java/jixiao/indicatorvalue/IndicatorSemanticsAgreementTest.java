package jixiao.indicatorvalue;

import jixiao.common.Messages;
import jixiao.evaluation.IndicatorInput;
import jixiao.evaluation.IndicatorScore;
import jixiao.evaluation.ScoreSheet;
import jixiao.evaluation.ScoringEngine;
import jixiao.evaluation.ScoringInput;
import jixiao.evaluation.ScoringRulebook;
import jixiao.importing.ParsedIndicator;
import jixiao.importing.ParsedTable;
import jixiao.importing.TargetTableTextParser;
import jixiao.monitoring.AlertRule;
import jixiao.monitoring.Finding;
import jixiao.monitoring.IndicatorProgress;
import jixiao.monitoring.Light;
import jixiao.monitoring.MonitoringRulebook;
import jixiao.monitoring.MonitoringRules;
import jixiao.project.IndicatorLevels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The net under "one indicator semantics" (README, "How an indicator is judged"): over every quantitative
 * indicator of the five seed tables and many values around and far from each target, the year-end score and
 * the 12月底 monitoring light agree: full marks are never red, red never earns full marks, and for a limit
 * "not red" is exactly "full marks". Plus properties of whole generated score sheets. Values come from a
 * seeded generator, so a failure names a value that reproduces it.
 */
class IndicatorSemanticsAgreementTest {

    private static final List<String> SEEDS = List.of("leting-2024.txt", "huadu-department.txt", "pengyang-2024.txt",
            "binhai-2024.txt", "xinglong-2025.txt");
    private static final int YEAR = 2024;
    private static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final ScoringEngine SCORING = new ScoringEngine(ScoringRulebook.national());
    private static final MonitoringRules MONITORING = new MonitoringRules(MonitoringRulebook.national(), YEAR, YEAR_END);

    /** One seed indicator as the import reads it. */
    record SeedIndicator(String seed, String level1, String level2, String name, TargetValue target) {
        @Override
        public String toString() {
            return seed + " " + name + " " + target.text();
        }
    }

    static List<SeedIndicator> seedIndicators() {
        List<SeedIndicator> all = new ArrayList<>();
        for (String seed : SEEDS) {
            for (ParsedTable table : TargetTableTextParser.parse(text(seed)).tables()) {
                for (ParsedIndicator i : table.indicators()) {
                    boolean cost = IndicatorLevels.isCost(i.level1(), i.level2());
                    all.add(new SeedIndicator(seed, i.level1(), i.level2(), i.name(),
                            IndicatorValueParser.parse(i.target(), cost)));
                }
            }
        }
        return all;
    }

    @Test
    void fullMarksAtYearEndAndTheDecemberLightAgreeOnEverySeedIndicator() {
        List<SeedIndicator> indicators = seedIndicators();
        Random random = new Random(20241231L);
        int quantitative = 0;
        int limits = 0;
        int checked = 0;
        for (SeedIndicator indicator : indicators) {
            IndicatorSemantics semantics = IndicatorSemantics.wholeTarget(indicator.target());
            if (!semantics.isJudgedByNumber()) {
                continue;
            }
            quantitative++;
            if (semantics.isLimit()) {
                limits++;
            }
            for (BigDecimal value : valuesAround(semantics.number(), random)) {
                checkAgreement(indicator, value);
                checked++;
            }
        }
        assertTrue(quantitative > 100, "the seeds hold well over 100 quantitative indicators, found " + quantitative);
        assertTrue(limits >= 5, "the seeds hold limits (≤0.5%, <2%, bare costs), found " + limits);
        assertTrue(checked > 5_000, "values checked: " + checked);
    }

    @Test
    void theBreachedZeroTargetAndTheStrictLimitOfTheIssue() {
        // 0件 安全事故 reported as 3: scoring gives 0, so monitoring must be red
        SeedIndicator zero = new SeedIndicator("issue", "产出指标", "质量指标", "安全事故", IndicatorValueParser.parse("0件"));
        checkAgreement(zero, new BigDecimal("3"));
        assertEquals(Light.RED, decemberLight(zero, new BigDecimal("3")));
        assertEquals(Light.GREEN, decemberLight(zero, BigDecimal.ZERO));
        // <2% reported as 2: full marks by the national formula, so not red, but not plain green either
        SeedIndicator strict = new SeedIndicator("issue", "效益指标", "社会效益指标", "重新犯罪率", IndicatorValueParser.parse("<2%"));
        checkAgreement(strict, new BigDecimal("2"));
        assertEquals(Light.YELLOW, decemberLight(strict, new BigDecimal("2")));
        assertTrue(score(strict, new BigDecimal("2")).fullMarks());
        assertTrue(score(strict, new BigDecimal("2")).explanation().contains("恰好等于严格界限<2%"),
                () -> score(strict, new BigDecimal("2")).explanation());
        assertEquals(Light.RED, decemberLight(strict, new BigDecimal("2.01")));
        assertFalse(score(strict, new BigDecimal("2.01")).fullMarks());
    }

    @Test
    void generatedTargetsAgreeToo() {
        Random random = new Random(7L);
        String[] comparators = {"≥", ">", "≤", "<", "=", ""};
        String[] units = {"场", "%", "人", "万元", "件", "天", "元/人", ""};
        int checked = 0;
        for (int n = 0; n < 400; n++) {
            String number = randomNumber(random);
            String text = comparators[random.nextInt(comparators.length)] + number + units[random.nextInt(units.length)];
            boolean cost = random.nextInt(4) == 0;
            SeedIndicator indicator = new SeedIndicator("generated", "产出指标", cost ? "成本指标" : "数量指标",
                    "指标" + n, IndicatorValueParser.parse(text, cost));
            IndicatorSemantics semantics = IndicatorSemantics.wholeTarget(indicator.target());
            if (!semantics.isJudgedByNumber()) {
                continue;
            }
            for (BigDecimal value : valuesAround(semantics.number(), random)) {
                checkAgreement(indicator, value);
                checked++;
            }
        }
        assertTrue(checked > 10_000, "values checked: " + checked);
    }

    /**
     * Whole sheets of 2–12 seed indicators with generated actuals: the total stays within 0–100, the grade is the
     * grade of the printed total, and a better actual on any one indicator never lowers its score or the total.
     */
    @Test
    void generatedScoreSheetsKeepTheirPromises() {
        List<SeedIndicator> quantitative = seedIndicators().stream()
                .filter(i -> IndicatorSemantics.wholeTarget(i.target()).isJudgedByNumber()).toList();
        Random random = new Random(90L);
        for (int n = 0; n < 1_500; n++) {
            int size = 2 + random.nextInt(11);
            List<SeedIndicator> chosen = new ArrayList<>();
            List<BigDecimal> actuals = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                SeedIndicator indicator = quantitative.get(random.nextInt(quantitative.size()));
                chosen.add(indicator);
                actuals.add(randomValueNear(indicator.target().value(), random));
            }
            BigDecimal budget = BigDecimal.valueOf(1 + random.nextInt(1_000_000)).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal executed = budget.multiply(BigDecimal.valueOf(random.nextInt(130))).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            ScoreSheet sheet = sheet(budget, executed, chosen, actuals);
            String context = "sheet " + n + ": " + chosen + " actuals " + actuals;
            assertSheetPromises(sheet, context);

            int k = random.nextInt(size);
            IndicatorSemantics semantics = IndicatorSemantics.wholeTarget(chosen.get(k).target());
            BigDecimal step = semantics.number().abs().max(BigDecimal.ONE).multiply(BigDecimal.valueOf(random.nextInt(50) + 1))
                    .movePointLeft(2);
            List<BigDecimal> better = new ArrayList<>(actuals);
            better.set(k, semantics.isLimit() ? actuals.get(k).subtract(step).max(BigDecimal.ZERO) : actuals.get(k).add(step));
            ScoreSheet improved = sheet(budget, executed, chosen, better);
            assertSheetPromises(improved, context);
            // rows are shown rounded with the 尾差 placed on some row, so a row may move by one cent either way
            assertTrue(improved.indicators().get(k).score().add(CENT).compareTo(sheet.indicators().get(k).score()) >= 0,
                    () -> context + ": a better actual " + better.get(k) + " scored lower than " + actuals.get(k));
            if (sheet.total() != null && improved.total() != null) {
                assertTrue(improved.total().compareTo(sheet.total()) >= 0,
                        () -> context + ": a better actual lowered the total");
            }
        }
    }

    private static void assertSheetPromises(ScoreSheet sheet, String context) {
        for (IndicatorScore row : sheet.indicators()) {
            assertTrue(row.score().signum() >= 0 && row.score().compareTo(row.weight()) <= 0,
                    () -> context + ": row " + row.name() + " scored " + row.score() + " of " + row.weight());
        }
        if (sheet.total() == null) {
            return;
        }
        assertTrue(sheet.total().signum() >= 0 && sheet.total().compareTo(BigDecimal.valueOf(100)) <= 0,
                () -> context + ": total " + sheet.total());
        assertEquals(gradeOf(sheet.total()), sheet.grade(), () -> context + ": grade of " + sheet.total());
    }

    private static String gradeOf(BigDecimal total) {
        List<ScoringRulebook.GradeBand> bands = ScoringRulebook.national().gradeBands();
        for (ScoringRulebook.GradeBand band : bands) {
            if (total.compareTo(band.minTotal()) >= 0) {
                return Messages.text(band.labelKey());
            }
        }
        return Messages.text(bands.get(bands.size() - 1).labelKey());
    }

    private static void checkAgreement(SeedIndicator indicator, BigDecimal value) {
        IndicatorScore score = score(indicator, value);
        Light light = decemberLight(indicator, value);
        IndicatorSemantics semantics = IndicatorSemantics.wholeTarget(indicator.target());
        String context = indicator + " reported " + value.toPlainString() + ": score " + score.score() + "/"
                + score.weight() + ", light " + light + " (" + semantics + ")";
        if (score.fullMarks() && light == Light.RED) {
            fail("full marks but red: " + context);
        }
        if (semantics.isLimit() && !score.fullMarks() && light != Light.RED) {
            fail("a breached limit that is not red: " + context);
        }
    }

    private static IndicatorScore score(SeedIndicator indicator, BigDecimal actual) {
        return sheet(new BigDecimal("100"), new BigDecimal("100"), List.of(indicator), List.of(actual)).indicators().get(0);
    }

    private static ScoreSheet sheet(BigDecimal budget, BigDecimal executed, List<SeedIndicator> indicators,
                                    List<BigDecimal> actuals) {
        List<IndicatorInput> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            SeedIndicator s = indicators.get(i);
            rows.add(new IndicatorInput(s.level1(), s.level2(), s.name(), s.target(), actuals.get(i), null, null,
                    indicators.size() == 1 ? TEN : null, "偏差原因"));
        }
        return SCORING.score(new ScoringInput(budget, executed, rows));
    }

    /** The light of the figure reported for 12月底, judged on 31 December: the indicator's own finding. */
    private static Light decemberLight(SeedIndicator indicator, BigDecimal value) {
        List<Finding> findings = MONITORING.evaluateIndicator(indicator.name(), indicator.target(),
                new IndicatorProgress(value, null, null), null);
        return findings.stream()
                .filter(f -> f.rule() == AlertRule.INDICATOR_PROGRESS || f.rule() == AlertRule.INDICATOR_LIMIT)
                .map(Finding::light)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + indicator + " = " + value));
    }

    /** The target itself, its neighbours at the edges of every band, and random values from 0 to 3× the target. */
    private static List<BigDecimal> valuesAround(BigDecimal target, Random random) {
        List<BigDecimal> values = new ArrayList<>();
        for (String factor : new String[]{"0", "0.5", "0.59", "0.5999", "0.6", "0.7999", "0.8", "0.99", "0.999",
                "0.9999", "1", "1.0001", "1.001", "1.01", "1.19", "1.2", "1.5", "1.9999", "2", "2.0001", "2.5"}) {
            values.add(target.multiply(new BigDecimal(factor)).setScale(6, RoundingMode.HALF_UP));
        }
        for (String delta : new String[]{"0.01", "0.000001", "1"}) {
            values.add(target.add(new BigDecimal(delta)));
            values.add(target.subtract(new BigDecimal(delta)).max(BigDecimal.ZERO));
        }
        for (int i = 0; i < 20; i++) {
            values.add(randomValueNear(target, random));
        }
        return values;
    }

    private static BigDecimal randomValueNear(BigDecimal target, Random random) {
        double span = target.abs().doubleValue() * 3 + 10;
        return BigDecimal.valueOf(random.nextDouble() * span).setScale(random.nextInt(4), RoundingMode.HALF_UP);
    }

    private static String randomNumber(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "0";
            case 1 -> Integer.toString(random.nextInt(100));
            case 2 -> Integer.toString(random.nextInt(100_000));
            case 3 -> BigDecimal.valueOf(random.nextInt(10_000)).movePointLeft(2).toPlainString();
            default -> BigDecimal.valueOf(random.nextInt(1_000)).movePointLeft(1).toPlainString();
        };
    }

    private static String text(String seed) {
        try (InputStream in = IndicatorSemanticsAgreementTest.class.getResourceAsStream("/seeds/" + seed)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from classpath: " + seed);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
