package jixiao.evaluation.report;

/**
 * What a period report (绩效监控表) said about an indicator off track: the causes ticked (as labels, 经费保障…),
 * the note and the 纠偏措施. Any of them may be null.
 */
public record DeviationNote(long indicatorId, String periodLabel, String causes, String note, String correctiveAction) {
}
