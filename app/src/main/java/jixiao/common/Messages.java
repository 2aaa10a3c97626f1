package jixiao.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundle for text built outside the templates (domain rule messages, explanations,
 * export headers). Plain JDK so domain rules can use it; the templates read the same bundle
 * through Micronaut's MessageSource.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    /**
     * Parsed patterns by key: a sweep formats a sentence for each of hundreds of thousands of findings, and parsing
     * the pattern each time was most of that. MessageFormat is not thread-safe, so each use formats a clone.
     */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    /**
     * Patterns by key, as the bundle has them: the bundle is loaded once and never reloaded, and looking it up
     * (ResourceBundle.getBundle with its cache key and locale fallbacks) for every sentence was a sixth of scoring
     * a year's self-evaluations, which write several sentences per indicator.
     */
    private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The text of {@code key} with {@link MessageFormat} arguments; pass numbers preformatted. */
    public static String text(String key, Object... args) {
        String pattern = PATTERNS.get(key);
        if (pattern == null) {
            try {
                pattern = ResourceBundle.getBundle(BUNDLE, LOCALE).getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalArgumentException("message key missing from " + BUNDLE + ": " + key, e);
            }
            PATTERNS.put(key, pattern);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? Numbers.plain(n) : args[i];
        }
        String parsed = pattern;
        Placeholders simple = SIMPLE.computeIfAbsent(key, k -> Placeholders.of(parsed));
        if (simple != Placeholders.NOT_SIMPLE) {
            String text = simple.fill(shown);
            if (text != null) {
                return text;
            }
        }
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(parsed, LOCALE));
        return ((MessageFormat) format.clone()).format(shown);
    }

    /**
     * Patterns that are text and plain {@code {n}} placeholders only, split once. Cloning a MessageFormat and
     * formatting with it was still a fifth of scoring a year's self-evaluations (several explained sentences per
     * indicator); for such a pattern and text arguments, filling the places in gives what MessageFormat gives.
     */
    private static final Map<String, Placeholders> SIMPLE = new ConcurrentHashMap<>();

    /** A pattern as literal texts with argument numbers between them: text(0) arg(0) text(1) … text(n). */
    record Placeholders(List<String> texts, int[] arguments) {

        static final Placeholders NOT_SIMPLE = new Placeholders(List.of(), new int[0]);

        /**
         * The pattern split, or NOT_SIMPLE when MessageFormat would read more into it than literal text and
         * {@code {digits}}: quotes, format types ({0,number}), or braces otherwise used.
         */
        static Placeholders of(String pattern) {
            List<String> texts = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'' || c == '}') {
                    return NOT_SIMPLE;
                }
                if (c != '{') {
                    text.append(c);
                    continue;
                }
                int end = i + 1;
                while (end < pattern.length() && pattern.charAt(end) >= '0' && pattern.charAt(end) <= '9') {
                    end++;
                }
                if (end == i + 1 || end - i > 6 || end >= pattern.length() || pattern.charAt(end) != '}') {
                    return NOT_SIMPLE;
                }
                texts.add(text.toString());
                text.setLength(0);
                arguments.add(Integer.parseInt(pattern, i + 1, end, 10));
                i = end;
            }
            texts.add(text.toString());
            return new Placeholders(List.copyOf(texts), arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * The text with the arguments in place as MessageFormat writes them (null as "null", any other object but a
         * number or a date by its toString); null when it would format an argument or leave a place unfilled.
         */
        String fill(Object[] args) {
            StringBuilder out = new StringBuilder(texts.get(0));
            for (int k = 0; k < arguments.length; k++) {
                int n = arguments[k];
                if (n >= args.length) {
                    return null;
                }
                Object arg = args[n];
                if (arg instanceof Number || arg instanceof java.util.Date) {
                    return null;
                }
                out.append(arg == null ? "null" : arg.toString()).append(texts.get(k + 1));
            }
            return out.toString();
        }
    }
}
