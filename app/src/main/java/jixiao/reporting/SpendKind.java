package jixiao.reporting;

import jixiao.common.Messages;

import java.util.Optional;

/** What the amounts of a spend upload are. */
public enum SpendKind {
    /** 付款明细: one payment per row; a project's cumulative spend is the sum of its payments up to the period end. */
    PAYMENTS,
    /** 累计支出: a project's cumulative spend as of the row's date; the latest date up to the period end counts. */
    CUMULATIVE;

    public String label() {
        return Messages.text("reporting.upload.kind." + name());
    }

    public static Optional<SpendKind> parse(String text) {
        return Choices.parse(SpendKind.class, text, SpendKind::label);
    }
}
