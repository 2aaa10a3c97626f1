package jixiao.evaluation;

/**
 * Something that must be corrected before the sheet can be submitted.
 *
 * @param indicatorIndex position of the indicator in {@link ScoringInput#indicators()} (0-based); null when the
 *                       problem concerns the whole sheet
 * @param field          the input field to correct: {@code budgetYuan}, {@code executedYuan}, {@code target},
 *                       {@code actual}, {@code grade}, {@code evaluatorScore}, {@code weight}, {@code level1},
 *                       {@code deviationReason}
 * @param message        the problem in Chinese, naming the indicator (1-based, as 第n项)
 */
public record ScoringProblem(Integer indicatorIndex, String field, String message) {
}
