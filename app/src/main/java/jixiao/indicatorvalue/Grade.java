package jixiao.indicatorvalue;

import jixiao.common.Messages;

/**
 * How far a qualitative (定性) indicator has been reached: what a bureau reports during the year and
 * what the evaluator judges at year end (达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差).
 */
public enum Grade {
    /** 达成. */
    ACHIEVED,
    /** 部分达成. */
    PARTIAL,
    /** 未达成. */
    NOT_ACHIEVED;

    /** The Chinese label: 达成 / 部分达成 / 未达成. */
    public String label() {
        return Messages.text("grade." + name());
    }
}
