package jixiao.common;

import java.text.MessageFormat;
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

    private Messages() {
    }

    /** The text of {@code key} with {@link MessageFormat} arguments; pass numbers preformatted. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, LOCALE).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("message key missing from " + BUNDLE + ": " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? Numbers.plain(n) : args[i];
        }
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern, LOCALE));
        return ((MessageFormat) format.clone()).format(shown);
    }
}
