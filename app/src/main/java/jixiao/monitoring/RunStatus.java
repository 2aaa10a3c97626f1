package jixiao.monitoring;

import jixiao.common.Messages;

/** Where a monitoring run is. The constant names are stored. */
public enum RunStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    public String label() {
        return Messages.text("monitoring.runStatus." + name());
    }
}
