/**
 * 绩效自评 (SelfEvaluation): the year-end scoring of a project out of 100 per 财预〔2020〕10号 as practised:
 * 预算执行率 10 points plus 90 for the indicators.
 *
 * <p>The rules are plain Java: {@link jixiao.evaluation.ScoringEngine} applies a
 * {@link jixiao.evaluation.ScoringRulebook} (the rules provinces change, configured through
 * {@link jixiao.evaluation.EvaluationSettings}) to a {@link jixiao.evaluation.ScoringInput} and explains every
 * number it gives. Around it: the 项目支出绩效自评表 pre-filled from the year's period reports
 * ({@link jixiao.evaluation.YearEndFigures}, {@link jixiao.evaluation.MoneyBlock}), the evaluator's entries and
 * the workflow draft → submitted → approved / returned ({@link jixiao.evaluation.SelfEvaluationService}), and
 * the sheet as a page, JSON and {@code .xlsx}, all built from one {@link jixiao.evaluation.SelfEvaluationView}.
 */
package jixiao.evaluation;
