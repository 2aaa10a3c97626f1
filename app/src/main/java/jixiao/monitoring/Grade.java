package jixiao.monitoring;

import jixiao.common.Messages;

/** How far a qualitative (定性) indicator has been reached, as the bureau reports it. */
public enum Grade {
    /** 达成. */
    ACHIEVED,
    /** 部分达成. */
    PARTIAL,
    /** 未达成. */
    NOT_ACHIEVED;

    public String label() {
        return Messages.text("monitoring.grade." + name());
    }
}
