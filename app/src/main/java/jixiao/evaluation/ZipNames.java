package jixiao.evaluation;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entry names of a zip that every file system takes: the characters Windows and Unix refuse in a name
 * ({@code / \ : * ? " < > |} and control characters) become {@code _}, runs of blanks one space, no trailing
 * dot or blank (Windows drops them), at most {@value #MAX_LENGTH} characters; a name given twice in a folder
 * gets {@code (2)}, {@code (3)}… before its extension.
 */
final class ZipNames {

    static final int MAX_LENGTH = 80;
    private static final Pattern REFUSED = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Set<String> taken = new HashSet<>();

    /** One name (not a path) fit for a file system. */
    static String sanitized(String name) {
        // blanks first: tabs and line breaks are control characters, but in a name they were meant as spaces
        String s = REFUSED.matcher(BLANKS.matcher(name).replaceAll(" ")).replaceAll("_").strip();
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).strip();
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.isEmpty() ? "_" : s;
    }

    /**
     * The path {@code folder/name.extension} (folder empty for the top), the name sanitized and numbered when
     * the path was given before (names compared ignoring case, as Windows and macOS do).
     */
    String unique(String folder, String name, String extension) {
        String base = sanitized(name);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        String suffix = extension.isEmpty() ? "" : "." + extension;
        String path = prefix + base + suffix;
        for (int n = 2; !taken.add(path.toLowerCase()); n++) {
            path = prefix + base + " (" + n + ")" + suffix;
        }
        return path;
    }
}
