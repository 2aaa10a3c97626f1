package jixiao.importing;

import jixiao.project.GuessedField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a department part written as prose (乐亭, 兴隆): 一、总体绩效目标, 二、分项绩效目标
 * (numbered items, each with its goal and, in 兴隆, a "绩效指标:" line), 三、工作保障措施.
 */
final class DepartmentTextReader {

    enum Section { GOAL, TASKS, MEASURES }

    private static final Pattern GOAL_LABEL = Pattern.compile("^绩\\s*效\\s*目\\s*标\\s*[:：]\\s*(.*)$");
    private static final Pattern INDICATOR_LABEL = Pattern.compile("^绩\\s*效\\s*指\\s*标\\s*[:：]\\s*(.*)$");
    /** "普法宣传：进一步推进…": an item's name before its colon. */
    private static final int MAX_ITEM_NAME = 20;
    /** "聘用法律顾问 (>2人)". */
    private static final Pattern INDICATOR_IN_BRACKETS = Pattern.compile("^(.*?)\\s*[(（]\\s*(.+?)\\s*[)）]\\s*$");
    /** "建设法治文化公园 1个". */
    private static final Pattern INDICATOR_WITH_VALUE = Pattern.compile("^(.*?)\\s+([≥≤<>＜＞=]?\\s*\\d.*)$");

    /** Paragraphs of a text: in OCR text the lines of one paragraph are joined directly (Chinese). */
    private static final class Paragraphs {
        private final List<StringBuilder> paragraphs = new ArrayList<>();
        private final boolean brokenLines;

        Paragraphs(boolean brokenLines) {
            this.brokenLines = brokenLines;
        }

        void add(String line) {
            if (paragraphs.isEmpty() || !brokenLines || Patterns.ITEM.matcher(line).matches()) {
                paragraphs.add(new StringBuilder(line));
            } else {
                paragraphs.get(paragraphs.size() - 1).append(line);
            }
        }

        String text() {
            List<String> out = new ArrayList<>();
            paragraphs.forEach(p -> out.add(p.toString()));
            return out.isEmpty() ? null : String.join("\n", out);
        }
    }

    private final TableDraft draft;
    private final boolean brokenLines;
    private final Paragraphs goal;
    private final Paragraphs measures;
    private String taskName;
    private Paragraphs taskGoal;
    private StringBuilder indicator;
    private final List<StringBuilder> taskIndicators = new ArrayList<>();
    private final List<Integer> taskIndicatorLines = new ArrayList<>();

    private DepartmentTextReader(TableDraft draft, boolean brokenLines) {
        this.draft = draft;
        this.brokenLines = brokenLines;
        this.goal = new Paragraphs(brokenLines);
        this.measures = new Paragraphs(brokenLines);
    }

    /** The section a heading line opens ("一、总体绩效目标", OCR "-、 总体绩效目标"), or null. */
    static Section section(String compact) {
        String t = Patterns.SECTION_NUMBER.matcher(compact).replaceFirst("");
        return switch (t) {
            case "总体绩效目标", "年度总体绩效目标", "部门总体绩效目标" -> Section.GOAL;
            case "分项绩效目标" -> Section.TASKS;
            case "工作保障措施", "保障措施" -> Section.MEASURES;
            default -> null;
        };
    }

    static List<TableDraft> read(List<SourceLine> lines, Segmenter.Part part) {
        TableDraft draft = new TableDraft(TableKind.DEPARTMENT, lines.get(part.from()).number());
        int first = part.from() + part.titleLines();
        DepartmentTextReader reader = new DepartmentTextReader(draft, brokenLines(lines, first, part.to()));
        Section section = null;
        for (int i = first; i < part.to(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String text = line.trimmed();
            Section opened = section(Texts.removeSpaces(text));
            if (opened != null) {
                reader.closeTask();
                section = opened;
                continue;
            }
            if (section == null) {
                draft.ignored(line.number(), text);
                continue;
            }
            switch (section) {
                case GOAL -> reader.goal.add(text);
                case MEASURES -> reader.measures.add(text);
                case TASKS -> reader.taskLine(text, line.number());
            }
        }
        reader.closeTask();
        draft.goal = reader.goal.text();
        draft.measures = reader.measures.text();
        return List.of(draft);
    }

    /** OCR text has a blank line after nearly every line, Word text has none between paragraphs. */
    private static boolean brokenLines(List<SourceLine> lines, int from, int to) {
        int separated = 0;
        int adjacent = 0;
        int previous = -1;
        for (int i = from; i < to; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (previous >= 0) {
                if (i == previous + 1) {
                    adjacent++;
                } else {
                    separated++;
                }
            }
            previous = i;
        }
        return separated > adjacent;
    }

    private void taskLine(String text, int number) {
        Matcher item = Patterns.ITEM.matcher(text);
        if (item.matches()) {
            closeTask();
            String body = item.group(2);
            int colon = firstColon(body);
            taskGoal = new Paragraphs(brokenLines);
            if (colon > 0 && colon <= MAX_ITEM_NAME) {
                taskName = Texts.collapse(body.substring(0, colon));
                String rest = Texts.trim(body.substring(colon + 1));
                if (!rest.isEmpty()) {
                    taskGoal.add(rest);
                }
            } else {
                taskName = Texts.collapse(body);
            }
            return;
        }
        if (taskName == null) {
            draft.ignored(number, text);
            return;
        }
        Matcher m;
        if ((m = GOAL_LABEL.matcher(text)).matches()) {
            indicator = null;
            taskGoal.add(m.group(1));
        } else if ((m = INDICATOR_LABEL.matcher(text)).matches()) {
            indicator = new StringBuilder(Texts.trim(m.group(1)));
            taskIndicators.add(indicator);
            taskIndicatorLines.add(number);
        } else if (indicator != null) {
            indicator.append(text);
        } else {
            taskGoal.add(text);
        }
    }

    private static int firstColon(String s) {
        int a = s.indexOf('：');
        int b = s.indexOf(':');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private void closeTask() {
        if (taskName == null) {
            return;
        }
        draft.keyTasks.add(new ParsedKeyTask(taskName, null, null, taskGoal.text()));
        for (int k = 0; k < taskIndicators.size(); k++) {
            indicator(taskIndicators.get(k).toString(), taskIndicatorLines.get(k));
        }
        taskName = null;
        taskGoal = null;
        indicator = null;
        taskIndicators.clear();
        taskIndicatorLines.clear();
    }

    /**
     * "聘用法律顾问 (>2人)" → name and value. The text names no level; these counts are taken as
     * 产出指标 / 数量指标 and flagged.
     */
    private void indicator(String text, int line) {
        String name;
        String target = null;
        Matcher m = INDICATOR_IN_BRACKETS.matcher(text);
        Matcher v = INDICATOR_WITH_VALUE.matcher(text);
        if (m.matches() && !Texts.isBlank(m.group(1))) {
            name = Texts.collapse(m.group(1));
            target = Texts.trim(m.group(2));
        } else if (v.matches() && !Texts.isBlank(v.group(1))) {
            name = Texts.collapse(v.group(1));
            target = Texts.trim(v.group(2));
        } else {
            name = Texts.collapse(text);
            draft.guess(GuessedField.INDICATORS, line, "textimport.warn.departmentIndicatorUnsplit", text);
        }
        draft.guess(GuessedField.INDICATORS, line, "textimport.warn.departmentIndicatorLevel", name == null ? "" : name,
                LevelReading.OUTPUT, LevelReading.QUANTITY);
        draft.indicators.add(new ParsedIndicator(LevelReading.OUTPUT, LevelReading.QUANTITY, name, null, target,
                null, null, line));
    }
}
