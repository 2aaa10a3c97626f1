package jixiao.importing;

/**
 * One 三级指标 with its canonical 一级/二级 level names. {@code target} (年度指标值) is the text as
 * found; it is parsed later by {@code jixiao.indicatorvalue.IndicatorValueParser}.
 *
 * @param target the 年度指标值; where the table gives the comparison and the unit in columns of their own,
 *               composed from them ({@code ≥} + {@code 95} + {@code %} → {@code ≥95%})
 * @param periodTarget 实施周期指标值 / 中期目标 (department forms, tables with both periods), else null
 * @param basis 指标值确定依据, null when the table has no such column
 * @param line 1-based line where the indicator starts
 * @param weight the indicator's 分值 as a plain number ("10", "16.67"), null when the table gives none
 */
public record ParsedIndicator(String level1, String level2, String name, String description, String target,
        String periodTarget, String basis, int line, String weight) {

    public ParsedIndicator(String level1, String level2, String name, String description, String target,
            String periodTarget, String basis, int line) {
        this(level1, level2, name, description, target, periodTarget, basis, line, null);
    }

    ParsedIndicator withWeight(String newWeight) {
        return new ParsedIndicator(level1, level2, name, description, target, periodTarget, basis, line, newWeight);
    }
}
