package jixiao.consistency;

import jixiao.common.Messages;

/** What the consistency check looks for, in the order it lists them. */
public enum ConsistencyKind {
    /** A field an import guessed and nobody confirmed or corrected. */
    UNCONFIRMED_GUESS,
    /** A target value whose reading needs a person's review. */
    TARGET_TO_REVIEW,
    /** A report's cumulative spend above the (adjusted) budget. */
    SPEND_OVER_BUDGET,
    /** Cumulative spend lower than in the project's previous reported period, with no reason given. */
    SPEND_DECREASE_UNEXPLAINED,
    /** A reporting period with no usable deadline (none, or one before the period ends). */
    PERIOD_WITHOUT_DEADLINE,
    /** A live alert whose indicator has been deleted. */
    ALERT_WITHOUT_SUBJECT;

    public String label() {
        return Messages.text("consistency.kind." + name());
    }
}
