package jixiao.evaluation;

import jixiao.common.Messages;

/**
 * Where a project's self-evaluation stands: draft → submitted → approved, or returned for correction and
 * submitted again. {@link #NOT_STARTED} is never stored: it is a project nobody has saved a sheet for yet.
 */
public enum EvaluationStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

    public String label() {
        return Messages.text("evaluation.status." + name());
    }
}
