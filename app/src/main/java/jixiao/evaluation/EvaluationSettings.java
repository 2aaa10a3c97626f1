package jixiao.evaluation;

import io.micronaut.context.annotation.ConfigurationProperties;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-evaluation rulebook as a province configures it under {@code jixiao.evaluation}; every default is
 * {@link ScoringRulebook#national()}. Values are written as people write them:
 * <pre>
 * jixiao:
 *   evaluation:
 *     execution-weight: 10
 *     level-points: [产出指标=50, 效益指标=30, 满意度指标=10]
 *     level-points-with-cost-level: [产出指标=40, 成本指标=10, 效益指标=30, 满意度指标=10]
 *     missing-level-recipients: [满意度指标=效益指标]
 *     spread-missing-levels: false
 *     achieved-band: "[80%, 100%]"        # [ ] includes the limit, ( ) excludes it
 *     partial-band: "[60%, 80%)"
 *     not-achieved-band: "[0%, 60%)"
 *     over-achievement-enabled: false
 *     over-achievement-threshold: 120%
 *     over-achievement-deduction: 10%
 *     execution-rate-caps-enabled: false
 *     execution-rate-caps: [70%-80%=89, 60%-70%=79, "<60%=69"]   # from (incl.) - below (excl.) = max total
 *     grade-bands: [excellent=90, good=80, fair=60, poor=0]      # labels evaluation.rating.*
 *     # 部门整体支出绩效自评: the weights of a department's sheet, each the project's when not given
 *     department-execution-weight: 10
 *     department-level-points: [产出指标=50, 效益指标=30, 满意度指标=10]
 *     department-level-points-with-cost-level: [产出指标=40, 成本指标=10, 效益指标=30, 满意度指标=10]
 * </pre>
 */
@ConfigurationProperties("jixiao.evaluation")
public class EvaluationSettings {

    private static final ScoringRulebook NATIONAL = ScoringRulebook.national();
    private static final String RATING_KEY = "evaluation.rating.";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern INTERVAL = Pattern.compile(
            "\\s*([\\[(])\\s*" + NUMBER + "%\\s*[,，]\\s*" + NUMBER + "%\\s*([])])\\s*");
    private static final Pattern PERCENT = Pattern.compile("\\s*" + NUMBER + "\\s*%\\s*");
    private static final Pattern CAP = Pattern.compile("\\s*(?:" + NUMBER + "%\\s*[-–~]\\s*|<\\s*)" + NUMBER + "%\\s*=\\s*" + NUMBER + "\\s*");

    private BigDecimal executionWeight = NATIONAL.executionWeight();
    private List<String> levelPoints = pairs(NATIONAL.levelPoints());
    private List<String> levelPointsWithCostLevel = pairs(NATIONAL.levelPointsWithCostLevel());
    private List<String> missingLevelRecipients = pairs(NATIONAL.missingLevelRecipients());
    private boolean spreadMissingLevels = NATIONAL.spreadMissingLevels();
    private String achievedBand = interval(NATIONAL.band(Grade.ACHIEVED));
    private String partialBand = interval(NATIONAL.band(Grade.PARTIAL));
    private String notAchievedBand = interval(NATIONAL.band(Grade.NOT_ACHIEVED));
    private boolean overAchievementEnabled = NATIONAL.overAchievement().enabled();
    private String overAchievementThreshold = percent(NATIONAL.overAchievement().threshold());
    private String overAchievementDeduction = percent(NATIONAL.overAchievement().deductionShare());
    private boolean executionRateCapsEnabled = !NATIONAL.executionRateCaps().isEmpty();
    private List<String> executionRateCaps = ScoringRulebook.ExecutionRateCap.common().stream()
            .map(EvaluationSettings::cap).toList();
    private List<String> gradeBands = NATIONAL.gradeBands().stream()
            .map(b -> b.labelKey().substring(RATING_KEY.length()) + "=" + b.minTotal().toPlainString()).toList();

    private BigDecimal departmentExecutionWeight;
    private List<String> departmentLevelPoints = List.of();
    private List<String> departmentLevelPointsWithCostLevel = List.of();

    /**
     * The rulebook of a department's sheet (部门整体支出绩效自评表): the projects' rules with the department's
     * weights where they are configured.
     */
    public ScoringRulebook departmentRulebook() {
        ScoringRulebook projects = rulebook();
        return projects.withWeights(
                departmentExecutionWeight == null ? projects.executionWeight() : departmentExecutionWeight,
                departmentLevelPoints.isEmpty() ? projects.levelPoints()
                        : pointsOf(departmentLevelPoints, "department-level-points"),
                departmentLevelPointsWithCostLevel.isEmpty() ? projects.levelPointsWithCostLevel()
                        : pointsOf(departmentLevelPointsWithCostLevel, "department-level-points-with-cost-level"));
    }

    /** The rulebook these settings describe; a malformed value fails here, at start-up, naming the property. */
    public ScoringRulebook rulebook() {
        List<ScoringRulebook.QualitativeBand> bands = List.of(
                band(Grade.ACHIEVED, achievedBand, "achieved-band"),
                band(Grade.PARTIAL, partialBand, "partial-band"),
                band(Grade.NOT_ACHIEVED, notAchievedBand, "not-achieved-band"));
        ScoringRulebook.OverAchievementRule over = new ScoringRulebook.OverAchievementRule(overAchievementEnabled,
                share(overAchievementThreshold, "over-achievement-threshold"),
                share(overAchievementDeduction, "over-achievement-deduction"));
        List<ScoringRulebook.ExecutionRateCap> caps = executionRateCapsEnabled
                ? executionRateCaps.stream().map(EvaluationSettings::parseCap).toList()
                : List.of();
        List<ScoringRulebook.GradeBand> grades = new ArrayList<>();
        pointsOf(gradeBands, "grade-bands").forEach((name, min) -> {
            try {
                Messages.text(RATING_KEY + name);
            } catch (IllegalArgumentException e) {
                throw invalid("grade-bands", name, "a grade with a label " + RATING_KEY + "* in the message bundle");
            }
            grades.add(new ScoringRulebook.GradeBand(RATING_KEY + name, min));
        });
        return new ScoringRulebook(executionWeight, pointsOf(levelPoints, "level-points"),
                pointsOf(levelPointsWithCostLevel, "level-points-with-cost-level"),
                map(missingLevelRecipients, "missing-level-recipients"), spreadMissingLevels, bands, over, caps, grades);
    }

    private static ScoringRulebook.QualitativeBand band(Grade grade, String text, String property) {
        Matcher m = INTERVAL.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw invalid(property, text, "an interval of the weight such as [80%, 100%] or [60%, 80%)");
        }
        return new ScoringRulebook.QualitativeBand(grade, fraction(m.group(2)), m.group(1).equals("["),
                fraction(m.group(3)), m.group(4).equals("]"));
    }

    private static ScoringRulebook.ExecutionRateCap parseCap(String text) {
        Matcher m = CAP.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw invalid("execution-rate-caps", text, "70%-80%=89 or <60%=69");
        }
        return new ScoringRulebook.ExecutionRateCap(m.group(1) == null ? null : fraction(m.group(1)),
                fraction(m.group(2)), new BigDecimal(m.group(3)));
    }

    private static BigDecimal share(String text, String property) {
        Matcher m = PERCENT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw invalid(property, text, "a percentage such as 120%");
        }
        return fraction(m.group(1));
    }

    private static Map<String, BigDecimal> pointsOf(List<String> entries, String property) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        map(entries, property).forEach((key, value) -> {
            try {
                points.put(key, new BigDecimal(value));
            } catch (NumberFormatException e) {
                throw invalid(property, key + "=" + value, "name=points");
            }
        });
        return points;
    }

    private static Map<String, String> map(List<String> entries, String property) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry == null ? -1 : entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw invalid(property, entry, "name=value");
            }
            map.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return map;
    }

    private static IllegalArgumentException invalid(String property, String value, String expected) {
        return new IllegalArgumentException("jixiao.evaluation." + property + ": '" + value + "' is not " + expected);
    }

    private static BigDecimal fraction(String percent) {
        return new BigDecimal(percent).divide(HUNDRED);
    }

    private static String percent(BigDecimal share) {
        return Numbers.plain(share.multiply(HUNDRED)) + "%";
    }

    private static String interval(ScoringRulebook.QualitativeBand band) {
        return (band.lowerInclusive() ? "[" : "(") + percent(band.lowerShare()) + ", "
                + percent(band.upperShare()) + (band.upperInclusive() ? "]" : ")");
    }

    private static String cap(ScoringRulebook.ExecutionRateCap cap) {
        return (cap.fromRate() == null ? "<" : percent(cap.fromRate()) + "-") + percent(cap.belowRate())
                + "=" + cap.maxTotal().toPlainString();
    }

    private static <V> List<String> pairs(Map<String, V> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() instanceof BigDecimal d
                ? d.toPlainString() : e.getValue())).toList();
    }

    public BigDecimal getExecutionWeight() { return executionWeight; }
    public void setExecutionWeight(BigDecimal v) { this.executionWeight = v; }
    public List<String> getLevelPoints() { return levelPoints; }
    public void setLevelPoints(List<String> v) { this.levelPoints = List.copyOf(v); }
    public List<String> getLevelPointsWithCostLevel() { return levelPointsWithCostLevel; }
    public void setLevelPointsWithCostLevel(List<String> v) { this.levelPointsWithCostLevel = List.copyOf(v); }
    public List<String> getMissingLevelRecipients() { return missingLevelRecipients; }
    public void setMissingLevelRecipients(List<String> v) { this.missingLevelRecipients = List.copyOf(v); }
    public boolean isSpreadMissingLevels() { return spreadMissingLevels; }
    public void setSpreadMissingLevels(boolean v) { this.spreadMissingLevels = v; }
    public String getAchievedBand() { return achievedBand; }
    public void setAchievedBand(String v) { this.achievedBand = v; }
    public String getPartialBand() { return partialBand; }
    public void setPartialBand(String v) { this.partialBand = v; }
    public String getNotAchievedBand() { return notAchievedBand; }
    public void setNotAchievedBand(String v) { this.notAchievedBand = v; }
    public boolean isOverAchievementEnabled() { return overAchievementEnabled; }
    public void setOverAchievementEnabled(boolean v) { this.overAchievementEnabled = v; }
    public String getOverAchievementThreshold() { return overAchievementThreshold; }
    public void setOverAchievementThreshold(String v) { this.overAchievementThreshold = v; }
    public String getOverAchievementDeduction() { return overAchievementDeduction; }
    public void setOverAchievementDeduction(String v) { this.overAchievementDeduction = v; }
    public boolean isExecutionRateCapsEnabled() { return executionRateCapsEnabled; }
    public void setExecutionRateCapsEnabled(boolean v) { this.executionRateCapsEnabled = v; }
    public List<String> getExecutionRateCaps() { return executionRateCaps; }
    public void setExecutionRateCaps(List<String> v) { this.executionRateCaps = List.copyOf(v); }
    public BigDecimal getDepartmentExecutionWeight() { return departmentExecutionWeight; }
    public void setDepartmentExecutionWeight(BigDecimal v) { this.departmentExecutionWeight = v; }
    public List<String> getDepartmentLevelPoints() { return departmentLevelPoints; }
    public void setDepartmentLevelPoints(List<String> v) { this.departmentLevelPoints = List.copyOf(v); }
    public List<String> getDepartmentLevelPointsWithCostLevel() { return departmentLevelPointsWithCostLevel; }
    public void setDepartmentLevelPointsWithCostLevel(List<String> v) { this.departmentLevelPointsWithCostLevel = List.copyOf(v); }
    public List<String> getGradeBands() { return gradeBands; }
    public void setGradeBands(List<String> v) { this.gradeBands = List.copyOf(v); }
}
