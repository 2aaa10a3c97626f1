package jixiao.monitoring;

import jixiao.common.Messages;

/** What a monitoring run did to an alert, as its history records it. The constant names are stored. */
public enum AlertChange {
    /** Found for the first time. */
    OPENED,
    /** Found again with another light, other numbers or another sentence. */
    CHANGED,
    /** Not found by a run of the alert's as-of date or later. */
    CLOSED,
    /** Found again after it was closed: the same alert, with its 整改措施. */
    REOPENED;

    public String label() {
        return Messages.text("monitoring.alertChange." + name());
    }
}
