package jixiao.importing.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a file kind gives the layout readers: lines of text in which a table row's cells are separated by
 * tabs (one row a line) or stand one cell a line after a tab (as Word copies a table), and, for each line,
 * where it was in the source ("第3页第12行", "表2第5行第3格"), so that a message can point there. A file kind
 * never decides what a table means; the layout readers do.
 *
 * @param source the file as people know it (its name), or null for pasted text
 * @param text the lines, separated by '\n'
 * @param places the place of line i+1 at index i; shorter than the lines, or empty, where the line number
 *               is the place (pasted text)
 */
public record DocumentText(String source, String text, List<String> places) {

    public DocumentText {
        // a place may be null (only the line number is known), which List.copyOf would refuse
        places = places == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(places));
    }

    public static DocumentText pasted(String text) {
        return new DocumentText(null, text, List.of());
    }

    /** The place of a 1-based line, or null where only its number is known. */
    public String place(int line) {
        return line >= 1 && line <= places.size() ? places.get(line - 1) : null;
    }
}
