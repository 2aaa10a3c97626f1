package jixiao.indicatorvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that only a space separates. Removing the space would glue them into one number, which is
 * right only for thousands written with spaces ({@code 1 000人}, {@code 12 500 元}). Anything else is
 * two numbers, typically a 目标值 cell followed by a 分值 cell in copied text ({@code ≤1 7.5},
 * {@code ≥ 10 5}): the text is then cut after the first number, and what was cut off is set aside
 * for the note, never read.
 *
 * <p>A thousands form: a first group of 1–3 digits not starting with 0, then groups of exactly three
 * digits, a decimal part allowed only on the last group ({@code 1 000.50}). A decimal mark in an
 * earlier group, a group of another length or a leading group with a comma is not one.
 */
final class SpacedNumbers {

    /**
     * @param kept     the text up to and with the first number (all of it when nothing was set aside)
     * @param setAside what follows the space after that number, as written; null when nothing
     */
    record Split(String kept, String setAside) {

        boolean hasSetAside() {
            return setAside != null;
        }
    }

    /** A number as written before the OCR repairs: digits, with inner decimal marks or commas. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])[0-9]+(?:[.,][0-9]+)*");
    private static final Pattern LEADING_GROUP = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern GROUP = Pattern.compile("[0-9]{3}");
    private static final Pattern LAST_GROUP_WITH_DECIMALS = Pattern.compile("[0-9]{3}\\.[0-9]+");

    private SpacedNumbers() {
    }

    /** {@code text} with full-width digits already made ASCII and its spaces still in place. */
    static Split split(String text) {
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < numbers.size()) {
            int chainEnd = i + 1;
            while (chainEnd < numbers.size() && onlySpaceBetween(text, numbers.get(chainEnd - 1), numbers.get(chainEnd))) {
                chainEnd++;
            }
            List<String> chain = numbers.subList(i, chainEnd).stream().map(n -> text.substring(n[0], n[1])).toList();
            int joined = thousandsPrefix(chain);
            if (joined < chain.size()) {
                int cut = numbers.get(i + joined - 1)[1];
                return new Split(text.substring(0, cut), text.substring(numbers.get(i + joined)[0]).strip());
            }
            i = chainEnd;
        }
        return new Split(text, null);
    }

    private static boolean onlySpaceBetween(String text, int[] left, int[] right) {
        if (right[0] == left[1]) {
            return false;
        }
        return text.substring(left[1], right[0]).codePoints().allMatch(TextNormalizer::isSpace);
    }

    /** How many numbers from the chain's start form one number in the thousands form (at least 1). */
    private static int thousandsPrefix(List<String> chain) {
        if (!LEADING_GROUP.matcher(chain.get(0)).matches()) {
            return 1;
        }
        int n = 1;
        while (n < chain.size() && GROUP.matcher(chain.get(n)).matches()) {
            n++;
        }
        if (n < chain.size() && LAST_GROUP_WITH_DECIMALS.matcher(chain.get(n)).matches()) {
            n++;
        }
        return n;
    }
}
