package jixiao.todo;

import jixiao.common.Messages;

/**
 * What a line of the to-do list asks for. The rank orders the list, most urgent first: what is late, then what was
 * sent back, then what is due or waiting, and last what is only to know (the monitoring schedule).
 */
public enum TodoKind {
    ACCOUNT_LOCKED(5), USER_WITHOUT_UNIT(6),
    REPORT_OVERDUE(10), UNIT_OVERDUE(10),
    REPORT_RETURNED(20), EVALUATION_RETURNED(21),
    REPORT_TO_REVIEW(22), EVALUATION_TO_REVIEW(23),
    REPORT_DUE(30), RED_ALERT_WITHOUT_ACTION(31),
    ALERT_TO_ACKNOWLEDGE(40), EVALUATION_DUE(50),
    MONITORING_RUN(90);

    private final int rank;

    TodoKind(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** "逾期", "待审核", … the list's first column. */
    public String label() {
        return Messages.text("todo.kind." + name());
    }
}
