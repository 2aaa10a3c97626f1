package jixiao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rebuilds the cells of indicators from a scanned table (兴隆). OCR gives each indicator as a run
 * of lines: cells that fit on one line come out side by side, separated by spaces; longer cells
 * are broken over several lines. This class chooses where one cell ends and the next begins.
 *
 * <p>Every way of cutting the run into the table's cells (name, description, value, basis, …)
 * is scored and the most plausible kept. What makes a cut plausible:
 * <ul>
 * <li>a cell wraps only when its line is full: all but its last line are about as wide as the
 *     column, whose width is learnt from the whole table in a second pass;</li>
 * <li>the basis column holds the basis vocabulary (工作需要, 行业标准, a document number …),
 *     and that vocabulary does not appear elsewhere;</li>
 * <li>a value starts with a comparator or a digit, and a comparator starts nothing but a value;</li>
 * <li>the description usually repeats the name, the basis sometimes extends the value;</li>
 * <li>words side by side on one line are different cells, and a line holding several cells is
 *     not continued on the next line.</li>
 * </ul>
 */
final class ScannedIndicatorSplitter {

    /** One OCR line of an indicator: its line number and its space-separated words. */
    record BlockLine(int line, List<String> words) {
    }

    /**
     * @param cells the text per column, null where empty
     * @param guessed more than one reading was possible (or cells were missing), so it was chosen
     * @param junk text after the basis that belongs to no cell, or null
     */
    record Split(List<String> cells, boolean guessed, String junk) {
    }

    /** Bases seen in published tables; a document number (冀财政法【2024】55号) counts too. */
    private static final Set<String> BASIS_VOCABULARY = Set.of("年初预算安排", "预算安排", "工作需要", "行业标准",
            "经验标准", "历史标准", "计划标准", "支出进度要求", "工作计划", "相关规定", "政策要求");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[【\\[〔(（]\\s*[\\dOo⒛]{2,4}\\s*[】\\]〕)）]\\s*[\\dOo]+\\s*号$");
    private static final Pattern DOCUMENT_YEAR = Pattern.compile("^[【\\[〔]\\s*[\\dOo⒛\\s]{2,5}[】\\]〕]$");
    private static final Pattern DOCUMENT_START = Pattern.compile("^[【\\[〔]\\s*[\\dOo⒛]");
    private static final Pattern NUMBER_SIGN = Pattern.compile("^[\\dOo]+\\s*号");
    private static final Pattern CHINESE_ONLY = Pattern.compile("^[\\u4e00-\\u9fff]{2,8}$");
    private static final Pattern COMPARATOR_START = Pattern.compile(
            "^(?:小于等于|大于等于|小于|大于|不低于|不高于|不少于|不超过|不多于|[≥≤<>＜＞=＝Σ兰引])");
    /** Single characters OCR leaves standing alone before a value: ≥, ≤ and their misreadings. */
    private static final Set<String> LONE_COMPARATORS = Set.of("≥", "≤", "<", ">", "＜", "＞", "=", "Σ", "兰", "引");
    private static final String DASHES = "—-~～－";
    /** Beyond this many readings the run is too broken to weigh; its words are dealt out instead. */
    private static final long MAX_READINGS = 50_000;

    /** A piece of a cell: words of one line that belong together, with what scoring asks of it. */
    private record Fragment(int line, String text, int width, boolean basisWord, boolean startsValue, boolean comparator) {

        static Fragment of(int line, String text) {
            boolean comparator = COMPARATOR_START.matcher(text).find();
            return new Fragment(line, text, Texts.displayWidth(text), isBasisVocabulary(text),
                    comparator || Character.isDigit(text.charAt(0)), comparator);
        }
    }

    private record Run(List<Fragment> fragments, String junk, boolean[] crowdedLine) {
    }

    private record Reading(int[] cuts, int score) {
    }

    private ScannedIndicatorSplitter() {
    }

    /**
     * @param blocks each indicator's lines (the words after its level names)
     * @param columns the table's columns from the name on: NAME, then the value columns in order
     */
    static List<Split> split(List<List<BlockLine>> blocks, List<IndicatorColumn> columns) {
        List<Run> runs = new ArrayList<>();
        for (List<BlockLine> block : blocks) {
            runs.add(run(block, columns));
        }
        List<Reading> first = new ArrayList<>();
        for (Run run : runs) {
            first.add(best(run, columns, null));
        }
        int[] widths = columnWidths(runs, first, columns.size());
        List<Split> out = new ArrayList<>();
        for (Run run : runs) {
            out.add(toSplit(run, best(run, columns, widths), columns));
        }
        return out;
    }

    /** Whether a word opens a value: a comparator (≥, >=, 不低于 …) or a digit. */
    static boolean startsValue(String word) {
        return !word.isEmpty() && (COMPARATOR_START.matcher(word).find() || Character.isDigit(word.charAt(0)));
    }

    static boolean isBasisVocabulary(String text) {
        String t = Texts.removeSpaces(text);
        return BASIS_VOCABULARY.contains(t) || DOCUMENT_NUMBER.matcher(t).find();
    }

    private static Run run(List<BlockLine> block, List<IndicatorColumn> columns) {
        List<Fragment> fragments = new ArrayList<>();
        int lineCount = block.size();
        int[] perLine = new int[lineCount];
        for (int li = 0; li < lineCount; li++) {
            List<String> words = block.get(li).words();
            for (int i = 0; i < words.size(); i++) {
                String text = words.get(i);
                String last = text;
                while (i + 1 < words.size() && joinsNext(text, last, words.get(i + 1))) {
                    last = words.get(++i);
                    text = text + " " + last;
                }
                // "冀财政法" on one line, "【2024】 55号" on the next: one document number
                if (DOCUMENT_START.matcher(text).find() && perLine[li] == 0 && li > 0 && perLine[li - 1] == 1
                        && !fragments.isEmpty() && CHINESE_ONLY.matcher(fragments.get(fragments.size() - 1).text()).matches()) {
                    Fragment prefix = fragments.remove(fragments.size() - 1);
                    perLine[li - 1] = 0;
                    text = prefix.text() + text;
                }
                fragments.add(Fragment.of(li, text));
                perLine[li]++;
            }
        }
        String junk = null;
        if (!columns.isEmpty() && columns.get(columns.size() - 1) == IndicatorColumn.BASIS) {
            for (int j = columns.size() - 1; j < fragments.size() - 1; j++) {
                Fragment f = fragments.get(j);
                if (f.basisWord() && fragments.get(j + 1).line() != f.line()) {
                    StringBuilder rest = new StringBuilder();
                    for (Fragment g : fragments.subList(j + 1, fragments.size())) {
                        rest.append(g.text());
                    }
                    junk = rest.toString();
                    fragments = new ArrayList<>(fragments.subList(0, j + 1));
                    break;
                }
            }
        }
        boolean[] crowded = new boolean[lineCount];
        int[] count = new int[lineCount];
        for (Fragment f : fragments) {
            count[f.line()]++;
        }
        for (int li = 0; li < lineCount; li++) {
            crowded[li] = count[li] > 1;
        }
        return new Run(fragments, junk, crowded);
    }

    /**
     * Words OCR split that belong together: "引 0天", "3,3— 5万", "【2024】 55号", "冀财政法 【2024】…", and
     * words inside an open bracket: 南岳's names carry the template's hint "数量( ≥**个 )", whose ≥ is no value.
     */
    private static boolean joinsNext(String text, String word, String next) {
        return openBrackets(text) > 0 || joinsNext(word, next);
    }

    private static int openBrackets(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                open++;
            } else if ((c == ')' || c == '）') && open > 0) {
                open--;
            }
        }
        return open;
    }

    private static boolean joinsNext(String word, String next) {
        return LONE_COMPARATORS.contains(word)
                || DASHES.indexOf(word.charAt(word.length() - 1)) >= 0
                || (DOCUMENT_YEAR.matcher(word).matches() && NUMBER_SIGN.matcher(next).find())
                || (CHINESE_ONLY.matcher(word).matches() && DOCUMENT_START.matcher(next).find());
    }

    private static Reading best(Run run, List<IndicatorColumn> columns, int[] widths) {
        List<Fragment> f = run.fragments();
        int k = f.size();
        int n = columns.size();
        if (k < n || readings(k - 1, n - 1) > MAX_READINGS) {
            return null;
        }
        int[] cuts = new int[n - 1];
        for (int c = 0; c < n - 1; c++) {
            cuts[c] = c + 1;
        }
        Reading best = null;
        while (true) {
            int s = score(run, cuts, columns, widths);
            if (best == null || s < best.score()) {
                best = new Reading(cuts.clone(), s);
            }
            int c = n - 2;
            while (c >= 0 && cuts[c] == k - (n - 1 - c)) {
                c--;
            }
            if (c < 0) {
                return best;
            }
            cuts[c]++;
            for (int d = c + 1; d < n - 1; d++) {
                cuts[d] = cuts[d - 1] + 1;
            }
        }
    }

    private static long readings(int breaks, int cuts) {
        long r = 1;
        for (int i = 0; i < cuts; i++) {
            r = r * (breaks - i) / (i + 1);
            if (r > MAX_READINGS) {
                return r;
            }
        }
        return r;
    }

    private static int score(Run run, int[] cuts, List<IndicatorColumn> columns, int[] widths) {
        List<Fragment> f = run.fragments();
        int n = columns.size();
        int score = 0;
        String[] texts = new String[n];
        for (int c = 0; c < n; c++) {
            int from = c == 0 ? 0 : cuts[c - 1];
            int to = c == n - 1 ? f.size() : cuts[c];
            IndicatorColumn column = columns.get(c);
            score += fullness(f, from, to);
            if (widths != null) {
                score += fitsColumn(f, from, to, widths[c]);
            }
            for (int j = from; j < to; j++) {
                if (column != IndicatorColumn.BASIS && f.get(j).basisWord()) {
                    score += 20;
                }
                if (f.get(j).comparator() && !(isValue(column) && j == from)) {
                    score += 6;
                }
                if (j > from) {
                    if (f.get(j).line() == f.get(j - 1).line()) {
                        score += 15;
                    } else if (run.crowdedLine()[f.get(j).line()] || run.crowdedLine()[f.get(j - 1).line()]) {
                        score += 8;
                    }
                }
            }
            texts[c] = join(f, from, to);
        }
        return score + resemblance(texts, columns, f, cuts);
    }

    /** A cell wraps only when full: its lines but the last are as wide as its widest. */
    private static int fullness(List<Fragment> f, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int widest = 0;
        for (int j = from; j < to - 1; j++) {
            widest = Math.max(widest, f.get(j).width());
        }
        int penalty = 0;
        for (int j = from; j < to - 1; j++) {
            if (f.get(j).width() < widest - 2) {
                penalty += widest - f.get(j).width();
            }
        }
        int last = f.get(to - 1).width();
        return last > widest + 2 ? penalty + last - widest : penalty;
    }

    /** Against the column width learnt from the table: wrapped lines fill it, no line exceeds it. */
    private static int fitsColumn(List<Fragment> f, int from, int to, int width) {
        int penalty = 0;
        for (int j = from; j < to; j++) {
            int w = f.get(j).width();
            if (j < to - 1 && w < width - 3) {
                penalty += width - 3 - w;
            }
            if (w > width + 2) {
                penalty += w - width - 2;
            }
        }
        return penalty;
    }

    private static int resemblance(String[] texts, List<IndicatorColumn> columns, List<Fragment> f, int[] cuts) {
        int score = 0;
        int basis = columns.indexOf(IndicatorColumn.BASIS);
        int target = columns.indexOf(IndicatorColumn.TARGET);
        int description = columns.indexOf(IndicatorColumn.DESCRIPTION);
        String name = texts[0];
        if (basis >= 0 && isBasisVocabulary(texts[basis])) {
            score -= 20;
        }
        if (target >= 0 && f.get(target == 0 ? 0 : cuts[target - 1]).startsValue()) {
            score -= 3;
        }
        if (description >= 0) {
            String d = texts[description];
            if (d.equals(name)) {
                score -= 8;
            } else if (name.length() >= 2 && (d.startsWith(name) || d.endsWith(name))) {
                score -= 4;
            }
            if (target >= 0 && texts[target].equals(d)) {
                score -= 3;
            }
        }
        if (basis >= 0 && target >= 0 && texts[target].length() >= 2 && !texts[basis].equals(texts[target])
                && texts[basis].startsWith(texts[target])) {
            score -= 3;
        }
        return score;
    }

    private static int[] columnWidths(List<Run> runs, List<Reading> readings, int n) {
        int[] widths = new int[n];
        for (int r = 0; r < runs.size(); r++) {
            Reading reading = readings.get(r);
            if (reading == null) {
                continue;
            }
            List<Fragment> f = runs.get(r).fragments();
            for (int c = 0; c < n; c++) {
                int from = c == 0 ? 0 : reading.cuts()[c - 1];
                int to = c == n - 1 ? f.size() : reading.cuts()[c];
                for (int j = from; j < to; j++) {
                    widths[c] = Math.max(widths[c], f.get(j).width());
                }
            }
        }
        return widths;
    }

    private static Split toSplit(Run run, Reading reading, List<IndicatorColumn> columns) {
        List<Fragment> f = run.fragments();
        int n = columns.size();
        if (reading == null) {
            return new Split(dealOut(f, columns), true, run.junk());
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int from = c == 0 ? 0 : reading.cuts()[c - 1];
            int to = c == n - 1 ? f.size() : reading.cuts()[c];
            cells.add(join(f, from, to));
        }
        return new Split(cells, readings(f.size() - 1, n - 1) > 1, run.junk());
    }

    /**
     * Too few pieces for the columns (or far too many): a trailing basis word goes to the basis,
     * a trailing value to the value, the first piece is the name and the rest the description.
     */
    private static List<String> dealOut(List<Fragment> f, List<IndicatorColumn> columns) {
        String[] cells = new String[columns.size()];
        int from = 0;
        int to = f.size();
        int basis = columns.indexOf(IndicatorColumn.BASIS);
        int target = columns.indexOf(IndicatorColumn.TARGET);
        if (basis >= 0 && to > from && f.get(to - 1).basisWord()) {
            cells[basis] = f.get(--to).text();
        }
        if (target >= 0 && to > from + 1 && f.get(to - 1).startsValue()) {
            cells[target] = f.get(--to).text();
        }
        if (to > from) {
            cells[0] = f.get(from++).text();
        }
        int description = columns.indexOf(IndicatorColumn.DESCRIPTION);
        if (to > from) {
            int into = description >= 0 ? description : 0;
            String rest = join(f, from, to);
            cells[into] = cells[into] == null ? rest : cells[into] + rest;
        }
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c);
        }
        return out;
    }

    /** Pieces on one line keep their space; pieces of consecutive lines are joined directly (Chinese). */
    private static String join(List<Fragment> f, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (j > from && f.get(j).line() == f.get(j - 1).line()) {
                b.append(' ');
            }
            b.append(f.get(j).text());
        }
        return b.toString();
    }

    private static boolean isValue(IndicatorColumn c) {
        return c == IndicatorColumn.TARGET || c == IndicatorColumn.PERIOD;
    }
}
