package jixiao.importing.document;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link DocumentText} line by line, each line with its place in the file. */
final class DocumentLines {

    private final StringBuilder text = new StringBuilder();
    private final List<String> places = new ArrayList<>();

    void add(String line, String place) {
        text.append(line).append('\n');
        places.add(place);
    }

    int size() {
        return places.size();
    }

    DocumentText done(String source) {
        return new DocumentText(source, text.toString(), places);
    }

    /** A cell's text on one line: its own line breaks and tabs would split it into more cells. */
    static String oneLine(String cell) {
        return cell == null ? "" : cell.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')
                .replace('\u0007', ' ').replace('\u000B', ' ').replace('\u000C', ' ').strip();
    }
}
