package jixiao.common;

/**
 * A record's version as people count it. Stored versions start at 0 with the first save, and a
 * page or message saying 第 0 版 reads as if nothing had been saved; people count the first save as
 * 第 1 版. The API keeps the stored number, which is what a client sends back.
 */
public final class Versions {

    private Versions() {
    }

    /** 第 1 版 for stored version 0; 未保存的内容 for a record never saved (null). */
    public static String shown(Long stored) {
        return stored == null ? Messages.text("common.versionUnsaved") : Messages.text("common.version", String.valueOf(stored + 1));
    }
}
