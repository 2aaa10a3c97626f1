package jixiao.monitoring;

import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The thresholds of 运行监控 (run monitoring). Provinces differ; {@link #national()} gives the rules
 * most deployed systems share (DOMAIN.md §3), the optional ones switched off.
 *
 * @param spendBands          lights for execution rate ÷ planned rate, in %
 * @param spendFloors         fixed minimum execution by a month's end (e.g. 6月 → 40%); empty = off;
 *                            months strictly increasing
 * @param indicatorBands      lights for a positive indicator's value ÷ expected value, in %
 * @param prorating           which positive targets grow with the year and which are held all year
 * @param gradeLights         the light of each reported qualitative grade
 * @param likelihoodLights    the light a reported 完成目标可能性 raises; a likelihood absent from the
 *                            map raises nothing
 * @param progressGap         the indicator-versus-spend progress check; null = off
 * @param missingReportLight  the light of a report not submitted by its deadline
 */
public record MonitoringRulebook(
        RatioBands spendBands,
        List<SpendFloor> spendFloors,
        RatioBands indicatorBands,
        Prorating prorating,
        Map<Grade, Light> gradeLights,
        Map<Likelihood, Light> likelihoodLights,
        ProgressGapRule progressGap,
        Light missingReportLight) {

    /**
     * Ratio bands, in %: below {@code redBelow} RED, below {@code yellowBelow} YELLOW, from
     * {@code blueFrom} BLUE, GREEN in between. Lower bounds are inclusive: exactly 60% is YELLOW,
     * exactly 80% GREEN, exactly 120% BLUE.
     *
     * @param blueFrom null when over-achievement raises no light (money)
     */
    public record RatioBands(BigDecimal redBelow, BigDecimal yellowBelow, BigDecimal blueFrom) {
        public RatioBands {
            Objects.requireNonNull(redBelow, "redBelow");
            Objects.requireNonNull(yellowBelow, "yellowBelow");
            if (redBelow.compareTo(yellowBelow) > 0 || blueFrom != null && yellowBelow.compareTo(blueFrom) > 0) {
                throw new IllegalArgumentException("bands must increase: " + redBelow + ", " + yellowBelow + ", " + blueFrom);
            }
        }

        public Light classify(BigDecimal ratioPercent) {
            if (ratioPercent.compareTo(redBelow) < 0) {
                return Light.RED;
            }
            if (ratioPercent.compareTo(yellowBelow) < 0) {
                return Light.YELLOW;
            }
            if (blueFrom != null && ratioPercent.compareTo(blueFrom) >= 0) {
                return Light.BLUE;
            }
            return Light.GREEN;
        }
    }

    /**
     * Which positive quantitative targets are expected to grow with the year, so that by 6月底 half
     * of {@code ≥55场} should be done, and which state a level to be held all year and are compared
     * with the target directly. A count of events (场, 次, 件, 人次) grows. A rate ({@code ≥95%}, or a
     * per-unit rate such as {@code 每天 1 人} = 1 人/天) is held unless {@code ratesProrated}. A
     * headcount or caseload ({@code 24 人} 司法协理员, {@code ≥6人} 社工, {@code ≥800人} 社区矫正对象)
     * is held when its unit is a stock unit, unless the indicator's name says the people are counted
     * as they come ({@code 培训500人}).
     *
     * @param ratesProrated     whether rates grow with the year like counts
     * @param stockUnits        units of a number of people or things kept all year
     * @param accumulatingWords words in an indicator's name that make a stock unit a running count
     */
    public record Prorating(boolean ratesProrated, Set<String> stockUnits, List<String> accumulatingWords) {

        /** A per-unit rate is written with a slash by the indicator-value parser: 人/天, 万元/人. */
        private static final String PER = "/";
        private static final String PERCENT = "%";

        public Prorating {
            stockUnits = Set.copyOf(stockUnits);
            accumulatingWords = List.copyOf(accumulatingWords);
        }

        /** 人 and 名 held; 培训, 新增, 累计, 接待, 办理, 受援 in the name make them running counts. */
        public static Prorating national() {
            return new Prorating(false, Set.of("人", "名"), List.of("培训", "新增", "累计", "接待", "办理", "受援"));
        }

        /** Whether the target is expected to be reached in proportion to the year elapsed. */
        public boolean prorated(String indicatorName, TargetValue target) {
            String unit = target.unit();
            if (unit == null) {
                return true;
            }
            if (isRate(unit)) {
                return ratesProrated;
            }
            if (!stockUnits.contains(unit)) {
                return true;
            }
            for (String word : accumulatingWords) {
                if (indicatorName.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isRate(String unit) {
            return PERCENT.equals(unit) || unit.contains(PER);
        }
    }

    /**
     * From the end of {@code month} on, cumulative execution below {@code minimumPercent} is RED.
     */
    public record SpendFloor(int month, BigDecimal minimumPercent) {
        public SpendFloor {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month outside 1-12: " + month);
            }
            Objects.requireNonNull(minimumPercent, "minimumPercent");
        }
    }

    /**
     * |indicator progress − spend progress| above {@code maxPoints} percentage points raises
     * {@code light}. Indicator progress is the share of the year's target reached.
     */
    public record ProgressGapRule(BigDecimal maxPoints, Light light) {
        public ProgressGapRule {
            Objects.requireNonNull(maxPoints, "maxPoints");
            Objects.requireNonNull(light, "light");
        }
    }

    public MonitoringRulebook {
        Objects.requireNonNull(spendBands, "spendBands");
        Objects.requireNonNull(indicatorBands, "indicatorBands");
        Objects.requireNonNull(prorating, "prorating");
        Objects.requireNonNull(missingReportLight, "missingReportLight");
        spendFloors = List.copyOf(spendFloors);
        for (int i = 1; i < spendFloors.size(); i++) {
            if (spendFloors.get(i).month() <= spendFloors.get(i - 1).month()) {
                throw new IllegalArgumentException("spend floor months must increase: " + spendFloors);
            }
        }
        gradeLights = copy(gradeLights, Grade.class);
        likelihoodLights = copy(likelihoodLights, Likelihood.class);
    }

    /**
     * Money: RED below 60%, YELLOW 60–80%, GREEN from 80% of plan. Indicators: RED below 60%,
     * YELLOW 60–80%, GREEN 80–120%, BLUE from 120%; rates and headcounts compared directly
     * ({@link Prorating#national()}). 达成 GREEN,
     * 部分达成 YELLOW, 未达成 RED. 完全不可能 RED, 有可能 nothing. A missing report RED. No fixed
     * floors, no progress-gap check.
     */
    public static MonitoringRulebook national() {
        return new MonitoringRulebook(
                new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), null),
                List.of(),
                new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(120)),
                Prorating.national(),
                Map.of(Grade.ACHIEVED, Light.GREEN, Grade.PARTIAL, Light.YELLOW, Grade.NOT_ACHIEVED, Light.RED),
                Map.of(Likelihood.IMPOSSIBLE, Light.RED),
                null,
                Light.RED);
    }

    /** The commonest fixed floors: 40% by 6月底, 80% by 10月底. */
    public static List<SpendFloor> halfYearAndOctoberFloors() {
        return List.of(new SpendFloor(6, BigDecimal.valueOf(40)), new SpendFloor(10, BigDecimal.valueOf(80)));
    }

    public MonitoringRulebook withSpendFloors(List<SpendFloor> floors) {
        return new MonitoringRulebook(spendBands, floors, indicatorBands, prorating, gradeLights,
                likelihoodLights, progressGap, missingReportLight);
    }

    public MonitoringRulebook withProrating(Prorating rule) {
        return new MonitoringRulebook(spendBands, spendFloors, indicatorBands, rule, gradeLights,
                likelihoodLights, progressGap, missingReportLight);
    }

    public MonitoringRulebook withLikelihoodLights(Map<Likelihood, Light> lights) {
        return new MonitoringRulebook(spendBands, spendFloors, indicatorBands, prorating, gradeLights,
                lights, progressGap, missingReportLight);
    }

    public MonitoringRulebook withProgressGap(ProgressGapRule rule) {
        return new MonitoringRulebook(spendBands, spendFloors, indicatorBands, prorating, gradeLights,
                likelihoodLights, rule, missingReportLight);
    }

    /** EnumMap: the lookup done per indicator row is an array index. */
    private static <K extends Enum<K>> Map<K, Light> copy(Map<K, Light> lights, Class<K> type) {
        EnumMap<K, Light> copy = new EnumMap<>(type);
        copy.putAll(lights);
        return Collections.unmodifiableMap(copy);
    }
}
