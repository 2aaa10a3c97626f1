package jixiao.importing;

import jixiao.project.FieldGuess;
import jixiao.common.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads published 绩效目标表 text (copied from Word or PDF, or OCR of a scan) into tables. One
 * upload may hold a department part and many project tables, each in any of the known layouts:
 * one cell per line (乐亭, 滨海), tab-separated rows (彭阳, 花都's department form), OCR text
 * (兴隆) and department prose. Never throws; everything it could not read or had to guess comes
 * back as an issue.
 */
public final class TargetTableTextParser {

    private TargetTableTextParser() {
    }

    public static ParsedUpload parse(String text) {
        List<ImportIssue> uploadIssues = new ArrayList<>();
        if (text == null || Texts.isBlank(text)) {
            uploadIssues.add(new ImportIssue(Severity.ERROR, Messages.text("textimport.where.upload"),
                    Messages.text("textimport.error.empty")));
            return new ParsedUpload(List.of(), uploadIssues);
        }
        List<SourceLine> lines = lines(text);
        List<TableDraft> drafts = new ArrayList<>();
        for (Segmenter.Part part : Segmenter.parts(lines)) {
            for (TableDraft draft : read(lines, part)) {
                if (draft.hasContent()) {
                    drafts.add(draft);
                }
            }
        }
        if (drafts.isEmpty()) {
            uploadIssues.add(new ImportIssue(Severity.ERROR, Messages.text("textimport.where.upload"),
                    Messages.text("textimport.error.noTable")));
            return new ParsedUpload(List.of(), uploadIssues);
        }
        UploadCompletion.complete(drafts);
        List<ParsedTable> tables = new ArrayList<>();
        List<ImportIssue> all = new ArrayList<>(uploadIssues);
        for (int i = 0; i < drafts.size(); i++) {
            ParsedTable table = toTable(drafts.get(i), i + 1);
            tables.add(table);
            all.addAll(table.issues());
        }
        return new ParsedUpload(tables, all);
    }

    private static List<SourceLine> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = t.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, Texts.stripBookmarks(raw[i])));
        }
        return lines;
    }

    private static List<TableDraft> read(List<SourceLine> lines, Segmenter.Part part) {
        Segmenter.Layout layout = Segmenter.layout(lines, part.from(), part.to());
        if (layout != Segmenter.Layout.SCANNED) {
            return CellTableReader.read(lines, part, layout);
        }
        return part.kind() == TableKind.DEPARTMENT
                ? DepartmentTextReader.read(lines, part)
                : ScannedTableReader.read(lines, part);
    }

    private static ParsedTable toTable(TableDraft d, int ordinal) {
        String table = d.name == null
                ? Messages.text("textimport.where.tableUnnamed", ordinal)
                : Messages.text("textimport.where.table", ordinal, d.name);
        List<ImportIssue> issues = new ArrayList<>();
        List<FieldGuess> guesses = new ArrayList<>();
        for (TableDraft.PendingIssue p : d.issues) {
            String line = p.line() > 0 ? Messages.text("textimport.where.line", p.line()) : "";
            issues.add(new ImportIssue(p.severity(), table + line, p.message()));
            if (p.guess() != null) {
                guesses.add(new FieldGuess(p.guess(), line.isEmpty() ? p.message() : line + "：" + p.message()));
            }
        }
        return new ParsedTable(d.kind, ordinal, d.line, d.unitCode, d.unitName, d.departmentName, d.moneyUnit,
                d.code, d.name, d.budget, d.fiscalFunds, d.otherFunds, d.purpose, d.goal, d.measures,
                d.attribute, d.term, d.managingOffice, d.spendPlan, d.indicators, d.keyTasks, issues, guesses);
    }
}
