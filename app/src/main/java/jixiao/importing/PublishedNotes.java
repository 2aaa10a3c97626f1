package jixiao.importing;

import java.util.regex.Pattern;

/**
 * Notes and footnotes printed under a table (注：…, 注1., 说明：…, 备注：…, 填报说明, 附件：…): read by people,
 * never an indicator nor part of one.
 */
final class PublishedNotes {

    private static final Pattern OPENING = Pattern.compile(
            "^(?:注\\d*[:：.．、]|注[一二三四五六七八九十]+[:：.．、]|说明[:：]|备注[:：]|附件[:：]|填报说明|填表说明)");

    private PublishedNotes() {
    }

    /** Whether the text (a line or a row's first cell) opens a note. */
    static boolean opens(String text) {
        return text != null && OPENING.matcher(Texts.removeSpaces(text)).find();
    }
}
