package jixiao.monitoring;

import jixiao.common.Messages;

/** Where an alert is in its lifecycle. The constant names are stored. */
public enum AlertStatus {
    /** Raised by a run, nobody has answered yet. */
    OPEN,
    /** The bureau has answered with its 整改措施. */
    ACKNOWLEDGED,
    /** Finance has dealt with it; the same subject is not raised again. */
    RESOLVED,
    /** A later run no longer found it. */
    CLOSED;

    public boolean live() {
        return this == OPEN || this == ACKNOWLEDGED;
    }

    public String label() {
        return Messages.text("monitoring.alertStatus." + name());
    }
}
