package jixiao.importing;

import jixiao.project.GuessedField;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the indicators in the OCR lines below a scanned table's header: 一级指标 lines set the
 * group, each 二级指标 (possibly broken over two lines, possibly misread) starts one indicator,
 * and the lines up to the next level name are its cells, rebuilt by {@link ScannedIndicatorSplitter}.
 */
final class ScannedIndicatorReader {

    /**
     * A level name found at a word.
     *
     * @param nextLine the name ran on into the first word of the next line ("社会效益指" + "标")
     * @param read the text as read when it was a misreading, else null
     */
    private record Level(String name, boolean first, boolean nextLine, String read) {
    }

    private ScannedIndicatorReader() {
    }

    static void read(List<SourceLine> lines, List<IndicatorColumn> valueColumns, TableDraft draft) {
        List<List<String>> words = new ArrayList<>();
        for (SourceLine l : lines) {
            words.add(Texts.tokens(l.text()));
        }
        LevelContext context = new LevelContext();
        List<List<ScannedIndicatorSplitter.BlockLine>> blocks = new ArrayList<>();
        List<LevelContext.Levels> blockLevels = new ArrayList<>();
        List<Integer> blockLines = new ArrayList<>();
        List<ScannedIndicatorSplitter.BlockLine> current = null;
        // Rows that end with their value (no 依据 or 描述 after it) end where the value is: one row a line.
        IndicatorColumn lastColumn = valueColumns.isEmpty() ? null : valueColumns.get(valueColumns.size() - 1);
        boolean rowsEndAtTarget = lastColumn == IndicatorColumn.TARGET;
        // Rows that end with a basis (绩效标准 计划标准, 湘潭) end at the line that is one.
        boolean rowsEndAtBasis = lastColumn == IndicatorColumn.BASIS;
        java.util.Set<Integer> continued = new java.util.HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            int li = i;
            int at = 0;
            while (at < words.get(li).size()) {
                Level level = level(words, li, at);
                if (level == null) {
                    break;
                }
                int number = lines.get(li).number();
                if (level.read() != null) {
                    draft.guess(GuessedField.INDICATORS, number, "textimport.warn.levelRepaired", level.read(), level.name());
                }
                if (level.nextLine()) {
                    li++;
                    at = 1;
                } else {
                    at++;
                }
                if (level.first()) {
                    context.startFirst(level.name());
                    continue;
                }
                current = new ArrayList<>();
                blocks.add(current);
                blockLines.add(number);
                blockLevels.add(context.resolve(null, level.name(), draft, number));
                break;
            }
            List<String> rest = words.get(li).subList(at, words.get(li).size());
            if (!rest.isEmpty()) {
                if (current == null) {
                    draft.ignored(lines.get(li).number(), String.join(" ", rest));
                } else {
                    if ((rowsEndAtTarget && endsWithValue(current)) || (rowsEndAtBasis && endsWithBasis(current))) {
                        // The row before ended with its value, so this line is the next 三级指标 under the
                        // same merged 二级指标 cell (南岳: "流转土地 >=60亩" below "… >=4个").
                        current = new ArrayList<>();
                        blocks.add(current);
                        blockLines.add(lines.get(li).number());
                        blockLevels.add(blockLevels.get(blockLevels.size() - 1));
                        continued.add(blocks.size() - 1);
                    }
                    current.add(new ScannedIndicatorSplitter.BlockLine(lines.get(li).number(), List.copyOf(rest)));
                }
            }
            i = li + 1;
        }
        List<IndicatorColumn> columns = new ArrayList<>();
        columns.add(IndicatorColumn.NAME);
        columns.addAll(valueColumns);
        List<ScannedIndicatorSplitter.Split> splits = ScannedIndicatorSplitter.split(blocks, columns);
        for (int k = 0; k < blocks.size(); k++) {
            if (continued.contains(k) && !holdsValue(blocks.get(k))) {
                // Lines after the last row that never reach a value (审核意见 (盖章)) are no indicator.
                for (ScannedIndicatorSplitter.BlockLine l : blocks.get(k)) {
                    draft.ignored(l.line(), String.join(" ", l.words()));
                }
                continue;
            }
            add(blocks.get(k), blockLevels.get(k), blockLines.get(k), splits.get(k), columns, draft);
        }
    }

    private static boolean endsWithValue(List<ScannedIndicatorSplitter.BlockLine> block) {
        if (block.isEmpty()) {
            return false;
        }
        List<String> words = block.get(block.size() - 1).words();
        return ScannedIndicatorSplitter.startsValue(words.get(words.size() - 1));
    }

    private static boolean endsWithBasis(List<ScannedIndicatorSplitter.BlockLine> block) {
        return !block.isEmpty() && block.size() > 1
                && ScannedIndicatorSplitter.isBasisVocabulary(String.join("", block.get(block.size() - 1).words()));
    }

    private static boolean holdsValue(List<ScannedIndicatorSplitter.BlockLine> block) {
        return block.stream().flatMap(l -> l.words().stream()).anyMatch(ScannedIndicatorSplitter::startsValue);
    }

    private static void add(List<ScannedIndicatorSplitter.BlockLine> block, LevelContext.Levels levels, int line,
            ScannedIndicatorSplitter.Split split, List<IndicatorColumn> columns, TableDraft draft) {
        if (block.isEmpty()) {
            draft.ignored(line, levels.second());
            return;
        }
        String name = null;
        String description = null;
        String target = null;
        String period = null;
        String basis = null;
        List<String> pieces = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String text = Texts.orNull(split.cells().get(c));
            String value = switch (columns.get(c)) {
                case NAME -> name = Texts.collapse(text);
                case DESCRIPTION -> description = text;
                case TARGET -> target = text;
                case PERIOD -> period = text;
                case BASIS -> basis = basis(text, line, draft);
                default -> text;
            };
            pieces.add(columns.get(c).piece(value));
        }
        if (split.guessed()) {
            draft.guess(GuessedField.INDICATORS, line, "textimport.warn.indicatorRebuilt", IndicatorColumn.joinPieces(pieces));
        }
        if (split.junk() != null) {
            draft.ignored(block.get(block.size() - 1).line(), split.junk());
        }
        if (name == null) {
            draft.warn(line, "textimport.warn.indicatorWithoutName");
        }
        draft.indicators.add(new ParsedIndicator(levels.first(), levels.second(), name, description, target, period,
                basis, line));
    }

    /** A basis is a short label or a document number: spaces collapsed, 【2O24】 read as 【2024】. */
    private static String basis(String text, int line, TableDraft draft) {
        String collapsed = Texts.collapse(text);
        String repaired = Texts.repairDigits(collapsed);
        if (repaired != null && !repaired.equals(collapsed)) {
            draft.guess(GuessedField.INDICATORS, line, "textimport.warn.textRepaired", IndicatorColumn.BASIS.label(), collapsed, repaired);
        }
        return repaired;
    }

    /** The level name starting at word {@code at} of line {@code li}, or null. */
    private static Level level(List<List<String>> words, int li, int at) {
        List<String> line = words.get(li);
        String word = line.get(at);
        Level here = level(word, line.size() > at + 1 ? line.get(at + 1) : nextLineStart(words, li), false);
        if (here != null || at != 0 || line.size() != 1 || li + 1 >= words.size() || words.get(li + 1).isEmpty()) {
            return here;
        }
        String next = words.get(li + 1).get(0);
        if (LevelReading.isLevel(next, false)) {
            return null;
        }
        List<String> after = words.get(li + 1);
        return level(word + next, after.size() > 1 ? after.get(1) : nextLineStart(words, li + 1), true);
    }

    private static Level level(String text, String following, boolean nextLine) {
        String first = LevelReading.first(text, false);
        String second = LevelReading.second(text, false);
        String read = null;
        if (first == null && second == null) {
            String misread = LevelReading.misread(text);
            if (misread == null) {
                return null;
            }
            read = Texts.removeSpaces(text);
            first = LevelReading.FIRST.contains(misread) ? misread : null;
            second = LevelReading.SECOND.contains(misread) ? misread : null;
        }
        if (second != null && first != null) {
            // 成本指标: a 一级指标 only when a 二级指标 follows it
            boolean heading = following != null && LevelReading.second(following, false) != null;
            return new Level(heading ? first : second, heading, nextLine, read);
        }
        return first != null ? new Level(first, true, nextLine, read) : new Level(second, false, nextLine, read);
    }

    private static String nextLineStart(List<List<String>> words, int li) {
        return li + 1 < words.size() && !words.get(li + 1).isEmpty() ? words.get(li + 1).get(0) : null;
    }
}
