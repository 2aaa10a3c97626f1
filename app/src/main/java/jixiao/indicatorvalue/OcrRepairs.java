package jixiao.indicatorvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of the characters an OCR of a scanned table misreads in target values (兴隆's scanned
 * PDF, seed 004). Each repair is a guess, so each is recorded for the note and the value is always
 * sent for review. Only the obvious glyph confusions are repaired; words are never rewritten
 * ({@code 按用拨付} stays as it is, flagged with its likely meaning by {@link OcrConfusions}).
 */
final class OcrRepairs {

    /** One character sequence read as another. */
    record Repair(String found, String meant) {
    }

    /**
     * The repaired text, what was changed, and whether the comparison was read from {@code 引},
     * whose vertical stroke is most likely a {@code 1} merged into the ≤ (see {@link #LOST_ONE_GLYPH}).
     */
    record Result(String text, List<Repair> repairs, boolean lostOne) {
    }

    /** The glyph {@code 引} = {@code ≤} + a {@code 1} the OCR fused into it: {@code 引 0天} was {@code ≤10天}. */
    static final String LOST_ONE_GLYPH = "引";

    /** Σ (or ∑) for ≥; 兰 and 引 for ≤. Only at the start and only where a number follows. */
    private static final Pattern COMPARATOR_GLYPH = Pattern.compile("^([Σ∑兰引])(?=[0-9Oo⒛])");
    /** The letter O/o beside a digit (also across a decimal mark) or right after a comparison is a zero. */
    private static final Pattern LETTER_ZERO =
            Pattern.compile("(?<=[0-9≤≥<>=][,.]?)[Oo]+|[Oo]+(?=[,.]?[0-9])");
    private static final Pattern TWENTY = Pattern.compile("⒛");
    /** 小时 shattered into {@code /J`日寸} or {@code /J、日寸}. */
    private static final Pattern HOUR = Pattern.compile("/J[`'、]?日寸");
    /** 兀 for 元, only where a money unit stands (after a digit or 千/万/亿). */
    private static final Pattern YUAN = Pattern.compile("(?<=[0-9千万亿])兀");

    private OcrRepairs() {
    }

    static Result repair(String text) {
        List<Repair> repairs = new ArrayList<>();
        boolean lostOne = false;
        String s = text;
        Matcher glyph = COMPARATOR_GLYPH.matcher(s);
        if (glyph.find()) {
            String found = glyph.group(1);
            String meant = found.equals("Σ") || found.equals("∑") ? "≥" : "≤";
            lostOne = found.equals(LOST_ONE_GLYPH);
            repairs.add(new Repair(found, meant));
            s = meant + s.substring(1);
        }
        s = replace(s, TWENTY, "20", repairs);
        s = replaceLetterZero(s, repairs);
        s = replace(s, HOUR, "小时", repairs);
        s = replace(s, YUAN, "元", repairs);
        return new Result(s, List.copyOf(repairs), lostOne);
    }

    private static String replace(String s, Pattern pattern, String meant, List<Repair> repairs) {
        Matcher m = pattern.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            addOnce(repairs, new Repair(m.group(), meant));
            m.appendReplacement(b, Matcher.quoteReplacement(meant));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String replaceLetterZero(String s, List<Repair> repairs) {
        Matcher m = LETTER_ZERO.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.group().chars().forEach(letter -> addOnce(repairs, new Repair(Character.toString(letter), "0")));
            m.appendReplacement(b, "0".repeat(m.group().length()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static void addOnce(List<Repair> repairs, Repair repair) {
        if (!repairs.contains(repair)) {
            repairs.add(repair);
        }
    }
}
