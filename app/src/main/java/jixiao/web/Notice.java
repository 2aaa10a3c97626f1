package jixiao.web;

import jixiao.common.Messages;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a form just did, said on the page it leads to ({@code ?done=saved} → 已保存). Only these codes are read
 * from the address, so a link cannot make a page say anything else.
 */
public enum Notice {
    SAVED("saved"), CREATED("created"), DELETED("deleted"), DRAFT_SAVED("draftSaved"), SUBMITTED("submitted"),
    APPROVED("approved"), RETURNED("returned"), ACKNOWLEDGED("acknowledged"), RESOLVED("resolved"),
    REVOKED("revoked"), UNLOCKED("unlocked");

    private final String code;

    Notice(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String text() {
        return Messages.text("notice." + code);
    }

    static Optional<Notice> of(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
