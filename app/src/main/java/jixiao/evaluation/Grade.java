package jixiao.evaluation;

import jixiao.common.Messages;

/** How a person judges a qualitative (定性) indicator at year end. */
public enum Grade {
    /** 达成年度指标. */
    ACHIEVED("evaluation.grade.achieved"),
    /** 部分达成年度指标并具有一定效果. */
    PARTIAL("evaluation.grade.partial"),
    /** 未达成年度指标且效果较差. */
    NOT_ACHIEVED("evaluation.grade.notAchieved");

    private final String messageKey;

    Grade(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The Chinese label: 达成 / 部分达成 / 未达成. */
    public String label() {
        return Messages.text(messageKey);
    }
}
