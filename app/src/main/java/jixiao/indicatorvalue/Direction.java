package jixiao.indicatorvalue;

/** Whether a quantitative indicator is better high (正向) or low (反向). */
public enum Direction {
    /** 正向: higher is better. */
    POSITIVE,
    /** 反向: lower is better (≤, &lt;, and costs). */
    REVERSE
}
