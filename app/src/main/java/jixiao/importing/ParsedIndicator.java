package jixiao.importing;

/**
 * One 三级指标 with its canonical 一级/二级 level names. {@code target} (年度指标值) is the text as
 * found; it is parsed later by {@code jixiao.indicatorvalue.IndicatorValueParser}.
 *
 * @param periodTarget 实施周期指标值 (department forms), else null
 * @param basis 指标值确定依据, null when the table has no such column
 * @param line 1-based line where the indicator starts
 */
public record ParsedIndicator(String level1, String level2, String name, String description, String target,
        String periodTarget, String basis, int line) {
}
