package jixiao.monitoring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.HeldTargets;
import jixiao.monitoring.MonitoringRulebook.ProgressGapRule;
import jixiao.monitoring.MonitoringRulebook.RatioBands;
import jixiao.monitoring.MonitoringRulebook.SpendFloor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a province sets for 运行监控 under {@code jixiao.monitoring.*}; every default is the national
 * rule of {@link MonitoringRulebook#national()}. The schedule is {@code jixiao.monitoring.schedule.crons}
 * (scheduler module). Percentages are in percent units (60 = 60%).
 */
@ConfigurationProperties("jixiao.monitoring")
public class MonitoringSettings {

    private static final MonitoringRulebook NATIONAL = MonitoringRulebook.national();

    private BigDecimal spendRedBelow = NATIONAL.spendBands().redBelow();
    private BigDecimal spendYellowBelow = NATIONAL.spendBands().yellowBelow();
    /** Fixed minimum execution by a month's end, month → %, e.g. {6: 40, 10: 80}; none by default. */
    private Map<String, BigDecimal> spendFloors = Map.of();
    private BigDecimal indicatorRedBelow = NATIONAL.indicatorBands().redBelow();
    private BigDecimal indicatorYellowBelow = NATIONAL.indicatorBands().yellowBelow();
    /** Whether an indicator far ahead of schedule is lit BLUE, and from which ratio. */
    private boolean indicatorBlue = true;
    private BigDecimal indicatorBlueFrom = NATIONAL.indicatorBands().blueFrom();
    private boolean ratesProrated = NATIONAL.heldTargets().ratesAccumulate();
    private List<String> stockUnits = List.copyOf(NATIONAL.heldTargets().stockUnits());
    private List<String> accumulatingWords = NATIONAL.heldTargets().accumulatingWords();
    private Map<String, Light> gradeLights = names(NATIONAL.gradeLights());
    private Map<String, Light> likelihoodLights = names(NATIONAL.likelihoodLights());
    /** Indicator-versus-spend progress gap in percentage points that raises a light; null = off. */
    @Nullable
    private BigDecimal progressGapPoints;
    private Light progressGapLight = Light.YELLOW;
    private Light missingReportLight = NATIONAL.missingReportLight();
    /** A value exactly at a strict bound ({@code <2%} reported as 2%); never RED, it earns full marks. */
    private Light strictBoundLight = NATIONAL.strictBoundLight();
    /** The lights that open an alert finance works through; GREEN never does. */
    private Set<Light> alertLights = EnumSet.of(Light.RED, Light.YELLOW, Light.BLUE);
    /** Projects per sweep transaction. */
    private int chunkSize = 5_000;

    /** The rulebook these settings describe; a setting that makes no sense fails here. */
    public MonitoringRulebook rulebook() {
        List<SpendFloor> floors = new ArrayList<>();
        new TreeMap<>(parseMonths(spendFloors)).forEach((month, percent) -> floors.add(new SpendFloor(month, percent)));
        return new MonitoringRulebook(
                new RatioBands(spendRedBelow, spendYellowBelow, null),
                floors,
                new RatioBands(indicatorRedBelow, indicatorYellowBelow, indicatorBlue ? indicatorBlueFrom : null),
                new HeldTargets(ratesProrated, Set.copyOf(stockUnits), accumulatingWords),
                enumKeys(gradeLights, Grade.class),
                enumKeys(likelihoodLights, Likelihood.class),
                progressGapPoints == null ? null : new ProgressGapRule(progressGapPoints, progressGapLight),
                missingReportLight,
                strictBoundLight);
    }

    /** The lights that open an alert. */
    public Set<Light> openingLights() {
        Set<Light> lights = alertLights.isEmpty() ? EnumSet.noneOf(Light.class) : EnumSet.copyOf(alertLights);
        lights.remove(Light.GREEN);
        return lights;
    }

    private static Map<Integer, BigDecimal> parseMonths(Map<String, BigDecimal> byMonth) {
        Map<Integer, BigDecimal> parsed = new TreeMap<>();
        byMonth.forEach((month, percent) -> parsed.put(Integer.valueOf(month.strip()), percent));
        return parsed;
    }

    private static <K extends Enum<K>> Map<K, Light> enumKeys(Map<String, Light> byName, Class<K> type) {
        Map<K, Light> lights = new EnumMap<>(type);
        byName.forEach((name, light) -> lights.put(Enum.valueOf(type, name.strip()), light));
        return lights;
    }

    private static Map<String, Light> names(Map<? extends Enum<?>, Light> lights) {
        Map<String, Light> names = new TreeMap<>();
        lights.forEach((key, light) -> names.put(key.name(), light));
        return names;
    }

    public BigDecimal getSpendRedBelow() { return spendRedBelow; }
    public void setSpendRedBelow(BigDecimal v) { this.spendRedBelow = v; }
    public BigDecimal getSpendYellowBelow() { return spendYellowBelow; }
    public void setSpendYellowBelow(BigDecimal v) { this.spendYellowBelow = v; }
    public Map<String, BigDecimal> getSpendFloors() { return spendFloors; }
    public void setSpendFloors(Map<String, BigDecimal> v) { this.spendFloors = Map.copyOf(v); }
    public BigDecimal getIndicatorRedBelow() { return indicatorRedBelow; }
    public void setIndicatorRedBelow(BigDecimal v) { this.indicatorRedBelow = v; }
    public BigDecimal getIndicatorYellowBelow() { return indicatorYellowBelow; }
    public void setIndicatorYellowBelow(BigDecimal v) { this.indicatorYellowBelow = v; }
    public boolean isIndicatorBlue() { return indicatorBlue; }
    public void setIndicatorBlue(boolean v) { this.indicatorBlue = v; }
    public BigDecimal getIndicatorBlueFrom() { return indicatorBlueFrom; }
    public void setIndicatorBlueFrom(BigDecimal v) { this.indicatorBlueFrom = v; }
    public boolean isRatesProrated() { return ratesProrated; }
    public void setRatesProrated(boolean v) { this.ratesProrated = v; }
    public List<String> getStockUnits() { return stockUnits; }
    public void setStockUnits(List<String> v) { this.stockUnits = List.copyOf(v); }
    public List<String> getAccumulatingWords() { return accumulatingWords; }
    public void setAccumulatingWords(List<String> v) { this.accumulatingWords = List.copyOf(v); }
    public Map<String, Light> getGradeLights() { return gradeLights; }
    public void setGradeLights(Map<String, Light> v) { this.gradeLights = Map.copyOf(v); }
    public Map<String, Light> getLikelihoodLights() { return likelihoodLights; }
    public void setLikelihoodLights(Map<String, Light> v) { this.likelihoodLights = Map.copyOf(v); }
    public BigDecimal getProgressGapPoints() { return progressGapPoints; }
    public void setProgressGapPoints(@Nullable BigDecimal v) { this.progressGapPoints = v; }
    public Light getProgressGapLight() { return progressGapLight; }
    public void setProgressGapLight(Light v) { this.progressGapLight = v; }
    public Light getMissingReportLight() { return missingReportLight; }
    public void setMissingReportLight(Light v) { this.missingReportLight = v; }
    public Light getStrictBoundLight() { return strictBoundLight; }
    public void setStrictBoundLight(Light v) { this.strictBoundLight = v; }
    public Set<Light> getAlertLights() { return alertLights; }
    public void setAlertLights(Set<Light> v) { this.alertLights = Set.copyOf(v); }
    public int getChunkSize() { return chunkSize; }
    public void setChunkSize(int v) { this.chunkSize = v; }
}
