package jixiao.reporting;

import jixiao.common.Messages;

/**
 * Where a period report is in its workflow: the bureau fills a DRAFT and submits it; finance
 * approves it or returns it with a comment; a RETURNED report is corrected and submitted again.
 * Monitoring counts SUBMITTED and APPROVED reports as reported.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    public String label() {
        return Messages.text("reporting.status." + name());
    }

    /** Whether the bureau may still change it. */
    public boolean openToBureau() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the report counts as handed in (monitoring's "reported"). */
    public boolean handedIn() {
        return this == SUBMITTED || this == APPROVED;
    }
}
