package jixiao.indicatorvalue;

/**
 * Clean-up that changes no meaning, so it is never flagged: full-width forms to ASCII (digits,
 * {@code ％ ＞ ＜ ＝ （ ）}), all whitespace and line breaks removed (spacing such as {@code ≤31.9 万元}
 * and the importer's joined OCR lines such as {@code 小于等于\n2.1万元} carry no meaning), and one
 * pair of brackets around the whole value dropped ({@code (>2人 )} on 兴隆's department page).
 * Spaces between two numbers do carry meaning; {@link SpacedNumbers} deals with them first.
 */
final class TextNormalizer {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private TextNormalizer() {
    }

    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        halfWidth(text).codePoints().filter(c -> !isSpace(c)).forEach(b::appendCodePoint);
        return withoutEnclosingBrackets(b.toString());
    }

    /** Full-width forms to ASCII, spaces kept. */
    static String halfWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c ->
                b.appendCodePoint(c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? c - FULL_WIDTH_OFFSET : c));
        return b.toString();
    }

    /** Any space, line break or tab, including the ideographic space and the no-break space. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String withoutEnclosingBrackets(String s) {
        if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
            String inner = s.substring(1, s.length() - 1);
            if (inner.indexOf('(') < 0 && inner.indexOf(')') < 0) {
                return inner;
            }
        }
        return s;
    }
}
