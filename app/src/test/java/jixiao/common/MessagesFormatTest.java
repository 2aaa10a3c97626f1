package jixiao.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Messages#text} fills plain {@code {n}} patterns itself instead of cloning a MessageFormat: every key of the
 * bundle must read exactly as MessageFormat writes it, with text, null, number and other arguments, too few of
 * them or none, and the patterns it leaves to MessageFormat must still be formatted by it.
 */
class MessagesFormatTest {

    @Test
    void everyKeyReadsAsMessageFormatWritesIt() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        Object[][] argumentSets = {
                {"甲", "乙{0}", "'丙'", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"},
                {null, "x", null, "y", null, "z", null, "w", null, "v", null, "u"},
                {new BigDecimal("12.50"), 3, "二", LocalDate.of(2161, 1, 2), 1.5, "六", "七", "八", "九", "十", "a", "b"},
                {"只有一个"},
        };
        int simple = 0;
        int keys = 0;
        for (String key : Collections.list(bundle.getKeys())) {
            keys++;
            String pattern = bundle.getString(key);
            if (Messages.Placeholders.of(pattern) != Messages.Placeholders.NOT_SIMPLE) {
                simple++;
            }
            for (Object[] args : argumentSets) {
                Object[] shown = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    shown[i] = args[i] instanceof Number n ? Numbers.plain(n) : args[i];
                }
                String expected = new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(shown);
                assertEquals(expected, Messages.text(key, args), key);
            }
        }
        assertTrue(simple > keys * 9 / 10, simple + " of " + keys + " patterns filled without MessageFormat");
    }

    @Test
    void patternsMessageFormatReadsMoreInto_areLeftToIt() {
        assertSame(Messages.Placeholders.NOT_SIMPLE, Messages.Placeholders.of("it''s {0}"));
        assertSame(Messages.Placeholders.NOT_SIMPLE, Messages.Placeholders.of("{0,number,#.##}"));
        assertSame(Messages.Placeholders.NOT_SIMPLE, Messages.Placeholders.of("{ 0 }"));
        assertSame(Messages.Placeholders.NOT_SIMPLE, Messages.Placeholders.of("a } b"));
        assertSame(Messages.Placeholders.NOT_SIMPLE, Messages.Placeholders.of("{0"));
        assertNotSame(Messages.Placeholders.NOT_SIMPLE, Messages.Placeholders.of("{0}：{12}，{1}"));
        Messages.Placeholders p = Messages.Placeholders.of("{0}：{2}，{1}");
        assertEquals("a：null，b", p.fill(new Object[]{"a", "b", null}));
        assertEquals(null, p.fill(new Object[]{"a", "b"}), "a place left unfilled is MessageFormat's to write");
        assertEquals(null, p.fill(new Object[]{"a", "b", 1}), "a number is MessageFormat's to format");
    }
}
