package jixiao.importing;

import jixiao.common.Messages;

import java.util.List;
import java.util.Locale;

/** What a column of an indicator table holds. */
enum IndicatorColumn {
    LEVEL1, LEVEL2, NAME,
    /** 绩效指标描述 */
    DESCRIPTION,
    /** 指标值 / 年度指标值 / 绩效值 */
    TARGET,
    /** 实施周期指标值 / 实施期目标 / 中期目标 */
    PERIOD,
    /** 指标性质 / 指标方向性: 正向, 反向, 定性, or a comparison (≥, 大于等于, 不超过, …) */
    NATURE,
    /** 计量单位 / 度量单位 */
    UNIT,
    /** 分值 / 权重 of the 三级指标 */
    WEIGHT,
    /** 指标值确定依据 */
    BASIS,
    /** A label column such as 花都's leading "绩效指标". */
    OTHER;

    /** The column a header cell names; value columns are told apart by their keywords. */
    static IndicatorColumn of(String headerCell) {
        String t = Texts.removeSpaces(headerCell);
        if (t.contains("一级指标") || t.equals("-级指标")) {
            return LEVEL1;
        }
        if (t.contains("二级指标")) {
            return LEVEL2;
        }
        if (t.contains("三级指标")) {
            return NAME;
        }
        // 绩效标准 holds 计划标准 / 行业标准 / 历史标准: what the target is based on (财预〔2020〕10号)
        if (t.contains("依据") || t.equals("绩效标准")) {
            return BASIS;
        }
        if (t.contains("描述")) {
            return DESCRIPTION;
        }
        if (isLongTerm(t)) {
            return PERIOD;
        }
        if (t.endsWith("实现值")) {
            // 黄石 2022 under 指标值: 2021年实际实现值 (what was reached, the ground for the target) | 预期2022年实现值
            return t.contains("实际") ? BASIS : TARGET;
        }
        if (t.contains("指标值") || t.contains("绩效值") || t.contains("目标值") || t.startsWith("年度目标")
                || t.startsWith("年度指标") || t.equals("年度") || t.equals("本年度")) {
            return TARGET;
        }
        if (t.contains("性质") || t.contains("方向") || t.equals("符号") || t.equals("比较符")) {
            return NATURE;
        }
        if (t.endsWith("单位") && t.length() <= 4) {
            return UNIT;
        }
        if (t.startsWith("分值") || t.startsWith("权重") || t.startsWith("指标分值") || t.startsWith("指标权重")) {
            return WEIGHT;
        }
        return OTHER;
    }

    /** A header cell over the whole term's column (实施周期, 实施期, 中期, 长期) rather than the year's. */
    static boolean isLongTerm(String headerCell) {
        String t = Texts.removeSpaces(headerCell);
        return t.contains("实施周期") || t.contains("实施期") || t.contains("中期") || t.contains("长期");
    }

    /** "三级指标「普法宣传场次」": how a cell is quoted in a warning. */
    String piece(String text) {
        return Messages.text("textimport.piece", label(), text == null ? "" : text);
    }

    /** The column's name as people know it: 三级指标, 指标值确定依据, … */
    String label() {
        return Messages.text("textimport.column." + name().toLowerCase(Locale.ROOT));
    }

    static String joinPieces(List<String> pieces) {
        return String.join(Messages.text("textimport.pieceSeparator"), pieces);
    }

    boolean isValue() {
        return this == DESCRIPTION || this == TARGET || this == PERIOD || this == BASIS || this == NATURE
                || this == UNIT || this == WEIGHT;
    }
}
