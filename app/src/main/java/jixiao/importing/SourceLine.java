package jixiao.importing;

/** One line of the upload: its 1-based number and its text without Word bookmarks. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return Texts.isBlank(text);
    }

    /** The text without tabs and surrounding spaces. */
    String trimmed() {
        return Texts.trim(text.indexOf('\t') < 0 ? text : text.replace('\t', ' '));
    }
}
