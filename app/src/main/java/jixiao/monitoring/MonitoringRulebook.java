package jixiao.monitoring;

import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.HeldTargets;

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
 * @param heldTargets         which targets to reach grow with the year and which are held all year
 * @param gradeLights         the light of each reported qualitative grade
 * @param likelihoodLights    the light a reported 完成目标可能性 raises; a likelihood absent from the
 *                            map raises nothing
 * @param progressGap         the indicator-versus-spend progress check; null = off
 * @param missingReportLight  the light of a report not submitted by its deadline
 * @param strictBoundLight    the light of a value exactly at a strict bound ({@code <2%} reported as 2%):
 *                            full marks at year end, so never RED (README, "How an indicator is judged")
 */
public record MonitoringRulebook(
        RatioBands spendBands,
        List<SpendFloor> spendFloors,
        RatioBands indicatorBands,
        HeldTargets heldTargets,
        Map<Grade, Light> gradeLights,
        Map<Likelihood, Light> likelihoodLights,
        ProgressGapRule progressGap,
        Light missingReportLight,
        Light strictBoundLight) {

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
        Objects.requireNonNull(heldTargets, "heldTargets");
        Objects.requireNonNull(strictBoundLight, "strictBoundLight");
        if (strictBoundLight == Light.RED) {
            throw new IllegalArgumentException("a value at a strict bound earns full marks and cannot be RED");
        }
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
     * ({@link HeldTargets#national()}). 达成 GREEN,
     * 部分达成 YELLOW, 未达成 RED. 完全不可能 RED, 有可能 nothing. A missing report RED. No fixed
     * floors, no progress-gap check.
     */
    public static MonitoringRulebook national() {
        return new MonitoringRulebook(
                new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), null),
                List.of(),
                new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(120)),
                HeldTargets.national(),
                Map.of(Grade.ACHIEVED, Light.GREEN, Grade.PARTIAL, Light.YELLOW, Grade.NOT_ACHIEVED, Light.RED),
                Map.of(Likelihood.IMPOSSIBLE, Light.RED),
                null,
                Light.RED,
                Light.YELLOW);
    }

    /** The commonest fixed floors: 40% by 6月底, 80% by 10月底. */
    public static List<SpendFloor> halfYearAndOctoberFloors() {
        return List.of(new SpendFloor(6, BigDecimal.valueOf(40)), new SpendFloor(10, BigDecimal.valueOf(80)));
    }

    public MonitoringRulebook withSpendFloors(List<SpendFloor> floors) {
        return new MonitoringRulebook(spendBands, floors, indicatorBands, heldTargets, gradeLights,
                likelihoodLights, progressGap, missingReportLight, strictBoundLight);
    }

    public MonitoringRulebook withHeldTargets(HeldTargets rule) {
        return new MonitoringRulebook(spendBands, spendFloors, indicatorBands, rule, gradeLights,
                likelihoodLights, progressGap, missingReportLight, strictBoundLight);
    }

    public MonitoringRulebook withLikelihoodLights(Map<Likelihood, Light> lights) {
        return new MonitoringRulebook(spendBands, spendFloors, indicatorBands, heldTargets, gradeLights,
                lights, progressGap, missingReportLight, strictBoundLight);
    }

    public MonitoringRulebook withProgressGap(ProgressGapRule rule) {
        return new MonitoringRulebook(spendBands, spendFloors, indicatorBands, heldTargets, gradeLights,
                likelihoodLights, rule, missingReportLight, strictBoundLight);
    }

    /** EnumMap: the lookup done per indicator row is an array index. */
    private static <K extends Enum<K>> Map<K, Light> copy(Map<K, Light> lights, Class<K> type) {
        EnumMap<K, Light> copy = new EnumMap<>(type);
        copy.putAll(lights);
        return Collections.unmodifiableMap(copy);
    }
}
