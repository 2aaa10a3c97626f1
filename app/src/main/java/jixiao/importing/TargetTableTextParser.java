package jixiao.importing;

import jixiao.importing.document.DocumentText;
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

    /** The source lines a table carries for the preview, at most; a longer table says how many were left out. */
    static final int MAX_SOURCE_LINES = 400;

    public static ParsedUpload parse(String text) {
        return parse(DocumentText.pasted(text));
    }

    /**
     * Reads the lines a file kind gave (or pasted text). Every issue names the place of its line in the
     * document ("第3页第12行") where the file kind told it, else the line number; upload-level issues name the file.
     */
    public static ParsedUpload parse(DocumentText document) {
        List<ImportIssue> uploadIssues = new ArrayList<>();
        String upload = document.source() == null ? Messages.text("textimport.where.upload")
                : Messages.text("textimport.where.file", document.source());
        String text = document.text();
        if (text == null || Texts.isBlank(text)) {
            uploadIssues.add(new ImportIssue(Severity.ERROR, upload, Messages.text("textimport.error.empty")));
            return new ParsedUpload(List.of(), uploadIssues);
        }
        List<SourceLine> lines = lines(text);
        List<TableDraft> drafts = new ArrayList<>();
        for (Segmenter.Part part : Segmenter.parts(lines)) {
            List<TableDraft> read = read(lines, part);
            int partEnd = lines.get(part.to() - 1).number();
            for (int k = 0; k < read.size(); k++) {
                TableDraft draft = read.get(k);
                // a table runs until the next one of its part starts
                draft.endLine = k + 1 < read.size() ? Math.max(draft.line, read.get(k + 1).line - 1) : partEnd;
                if (draft.hasContent()) {
                    drafts.add(draft);
                }
            }
        }
        if (drafts.isEmpty()) {
            uploadIssues.add(new ImportIssue(Severity.ERROR, upload, Messages.text("textimport.error.noTable")));
            return new ParsedUpload(List.of(), uploadIssues);
        }
        UploadCompletion.complete(drafts);
        List<ParsedTable> tables = new ArrayList<>();
        List<ImportIssue> all = new ArrayList<>(uploadIssues);
        for (int i = 0; i < drafts.size(); i++) {
            ParsedTable table = toTable(drafts.get(i), i + 1, lines, document);
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

    private static ParsedTable toTable(TableDraft d, int ordinal, List<SourceLine> lines, DocumentText document) {
        List<ImportResult.SourceText> source = new ArrayList<>();
        String firstLine = null;
        int leftOut = 0;
        for (int n = Math.max(1, d.line); n <= Math.min(d.endLine, lines.size()); n++) {
            String text = lines.get(n - 1).text();
            if (Texts.isBlank(text)) {
                continue;
            }
            if (firstLine == null) {
                firstLine = text;
            }
            if (source.size() < MAX_SOURCE_LINES) {
                source.add(new ImportResult.SourceText(place(document, n), text));
            } else {
                leftOut++;
            }
        }
        String table = ParsedTable.where(ordinal, d.name, firstLine);
        List<ImportIssue> issues = new ArrayList<>();
        List<FieldGuess> guesses = new ArrayList<>();
        for (TableDraft.PendingIssue p : d.issues) {
            String line = p.line() > 0 ? place(document, p.line()) : "";
            issues.add(new ImportIssue(p.severity(), table + line, p.message()));
            if (p.guess() != null) {
                guesses.add(new FieldGuess(p.guess(), line.isEmpty() ? p.message() : line + "：" + p.message()));
            }
        }
        return new ParsedTable(d.kind, ordinal, d.line, d.unitCode, d.unitName, d.departmentName, d.moneyUnit,
                d.code, d.name, d.budget, d.fiscalFunds, d.otherFunds, d.purpose, d.goal, d.measures,
                d.attribute, d.term, d.managingOffice, d.spendPlan, d.indicators, d.keyTasks, issues, guesses,
                place(document, d.line), firstLine, source, leftOut, d.budgetLines);
    }

    /** "第3页第12行" where the file kind said, else "第12行". */
    static String place(DocumentText document, int line) {
        String place = document.place(line);
        return place != null ? place : Messages.text("textimport.where.line", line);
    }
}
