package jixiao.monitoring;

import jixiao.common.Messages;

/** 完成目标可能性: the bureau's own view of whether the year's target will be met. */
public enum Likelihood {
    /** 确定能. */
    CERTAIN,
    /** 有可能. */
    POSSIBLE,
    /** 完全不可能. */
    IMPOSSIBLE;

    public String label() {
        return Messages.text("monitoring.likelihood." + name());
    }
}
