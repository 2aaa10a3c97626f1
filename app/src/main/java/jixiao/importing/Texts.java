package jixiao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the layout readers. */
final class Texts {

    /** Word exports mark bookmarks inline: {@code [bookmark: _Toc_4_4_0000000004]}. */
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p(?:\\s[^>]*)?>|<br\\s*/?>");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:p|br|span|div|strong|b|i|u|em|font)(?:\\s[^>]*)?/?>");
    /** An O read where a digit was meant, next to a digit: {@code 2O25}, {@code 【2O24】}. */
    private static final Pattern LETTER_O_BY_DIGIT = Pattern.compile("(?<=\\d)[Oo〇]|[Oo〇](?=\\d)");

    private Texts() {
    }

    static String stripBookmarks(String line) {
        return line.indexOf("[bookmark:") < 0 ? line : BOOKMARK.matcher(line).replaceAll("");
    }

    static String stripHtml(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        return HTML_TAG.matcher(PARAGRAPH_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    /** Chinese characters, CJK and full-width punctuation, curly quotes and dashes: no spaces around them. */
    static boolean isWide(char c) {
        return c >= '\u2E80' || (c >= '\u2010' && c <= '\u201F') || c == '\u2026';
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlank(String s) {
        return s == null || trim(s).isEmpty();
    }

    /** Trimmed text, or null when blank. */
    static String orNull(String s) {
        if (s == null) {
            return null;
        }
        String t = trim(s);
        return t.isEmpty() ? null : t;
    }

    static String removeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A name with the whitespace that layout put inside it removed: runs next to a Chinese
     * character go ({@code 彭阳县司法局 本级}, {@code 2024 年}), other runs become one space.
     */
    static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String t = trim(s);
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && isSpace(t.charAt(j))) {
                j++;
            }
            boolean wideBefore = b.length() > 0 && isWide(b.charAt(b.length() - 1));
            boolean wideAfter = j < t.length() && isWide(t.charAt(j));
            if (!wideBefore && !wideAfter) {
                b.append(' ');
            }
            i = j;
        }
        return b.isEmpty() ? null : b.toString();
    }

    /** Width as printed: Chinese and full-width characters take two columns. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !isSpace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    /** OCR digit repair inside a name or document number: {@code 2O25} → 2025, {@code ⒛25} → 2025. */
    static String repairDigits(String s) {
        if (s == null) {
            return null;
        }
        return LETTER_O_BY_DIGIT.matcher(s.replace("⒛", "20")).replaceAll("0");
    }
}
