/**
 * 绩效自评 (SelfEvaluation): the year-end scoring of a project out of 100 per 财预〔2020〕10号 as
 * practised: 预算执行率 10 points plus 90 for the indicators. {@link jixiao.evaluation.ScoringEngine}
 * applies a {@link jixiao.evaluation.ScoringRulebook} (the rules provinces change) to a
 * {@link jixiao.evaluation.ScoringInput} and explains every number it gives.
 */
package jixiao.evaluation;
