package jixiao.access;

import jixiao.common.ForbiddenException;
import jixiao.common.Messages;

/**
 * The four-eyes rule (四眼原则): whoever submitted a report or a self-evaluation does not approve it too
 * (`jixiao.security.four-eyes`, on by default). A finance officer who fills a unit's report in its place
 * needs a colleague to approve it.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** @throws ForbiddenException when the rule is on and the caller submitted the record */
    public static void requireOtherApprover(boolean enabled, Caller caller, String submittedBy) {
        if (enabled && submittedBy != null && submittedBy.equals(caller.username())) {
            throw new ForbiddenException(Messages.text("workflow.fourEyes"));
        }
    }
}
