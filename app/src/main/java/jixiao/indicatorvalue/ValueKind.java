package jixiao.indicatorvalue;

/** 定量 or 定性. */
public enum ValueKind {
    QUANTITATIVE,
    /** 定性: judged by a person as 达成 / 部分达成 / 未达成. */
    QUALITATIVE
}
