package jixiao.reporting;

import jixiao.common.Messages;

import java.util.Optional;

/** 偏差原因: why an indicator may miss its target, as the 绩效监控表 offers them. */
public enum DeviationCause {
    /** 经费保障. */
    FUNDING,
    /** 制度保障. */
    RULES,
    /** 人员保障. */
    STAFF,
    /** 硬件条件保障. */
    HARDWARE,
    /** 其他: explained in the note. */
    OTHER;

    public String label() {
        return Messages.text("reporting.cause." + name());
    }

    /** The constant name or its Chinese label (经费保障…); empty for anything else. */
    public static Optional<DeviationCause> parse(String text) {
        return Choices.parse(DeviationCause.class, text, DeviationCause::label);
    }
}
