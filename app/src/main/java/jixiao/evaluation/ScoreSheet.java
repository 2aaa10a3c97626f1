package jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scored self-evaluation of one project. All numbers are rounded to 0.01 (HALF_UP).
 *
 * <p>How the rows add up: every score is computed at full precision. {@code indicatorTotal} is the sum of
 * the unrounded indicator scores rounded once, {@code total} (before any cap) the sum of the unrounded
 * execution and indicator scores rounded once. The rows shown are each rounded half up, except that where
 * the rounded rows would miss their total by a cent or more the difference (尾差) is placed on the rows
 * whose rounding discarded the most, one cent each, and those rows' explanations say so. So the indicator
 * rows always add up to {@code indicatorTotal} and {@code executionScore + indicatorTotal = total}, unless
 * an execution-rate cap lowered the total, which {@code totalExplanation} then states.
 *
 * @param executionRate        预算执行率 in percent (90.00 means 90%); null when it cannot be computed
 * @param executionScore       预算执行率得分
 * @param executionExplanation how the execution score was reached, in Chinese
 * @param indicators           one row per input indicator, in input order
 * @param indicatorTotal       指标得分合计
 * @param total                总分, after any execution-rate cap; null while the weights do not add up to the
 *                             indicator points (a problem says so), since no total over wrong weights means anything
 * @param totalExplanation     the sum, any cap and the grade, in Chinese
 * @param grade                评价等级 (优 / 良 / 中 / 差 by default); null when there is no total
 * @param notes                how the weights were set (first-level points, missing levels), in Chinese
 * @param problems             what must be corrected; empty when the sheet is complete
 */
public record ScoreSheet(
        BigDecimal executionRate,
        BigDecimal executionScore,
        String executionExplanation,
        List<IndicatorScore> indicators,
        BigDecimal indicatorTotal,
        BigDecimal total,
        String totalExplanation,
        String grade,
        List<String> notes,
        List<ScoringProblem> problems) {

    public ScoreSheet {
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }
}
