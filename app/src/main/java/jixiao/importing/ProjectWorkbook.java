package jixiao.importing;

import jixiao.common.Messages;
import jixiao.project.ProjectInput;
import jixiao.importing.document.Documents;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Projects as an Excel workbook and back: a 填表说明 sheet, then one sheet per project in the shape of
 * the published 绩效目标表 ({@link WorkbookWriter}, {@link WorkbookSheetReader}). What {@link #write}
 * produces, {@link #read} gives back field for field.
 *
 * <p>Reading trusts nothing: a file that is not an .xlsx, an archive that unpacks to more than
 * {@value UploadedWorkbooks#MAX_UNPACKED_MB} MB (a zip bomb: measured, 500 projects are a 0.7 MB file that unpacks to
 * 3.3 MB and takes POI about 60 MB of memory), more than {@value #MAX_SHEETS} sheets or a sheet of more
 * than {@value #MAX_ROWS} rows is refused with a message, before or instead of building it in memory.
 */
public final class ProjectWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_SHEETS = 1000;
    static final int MAX_ROWS = 5000;
    private static final long MAX_UNPACKED_BYTES = UploadedWorkbooks.MAX_UNPACKED_MB * 1024L * 1024L;
    private static final int SHEET_NAME_LIMIT = 31;
    private static final String FORBIDDEN_IN_SHEET_NAMES = "\\/?*[]:";
    private static final int HELP_PARAGRAPHS = 12;

    static {
        // POI's own guard against inflation bombs, behind the size check of read(): no single part of
        // a workbook may unpack to more than the whole is allowed to.
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    }

    /** The workbook of these projects, in the order given. Database ids and versions are not written. */
    public byte[] write(List<ProjectInput> projects) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookWriter writer = new WorkbookWriter(workbook);
            List<String> help = new ArrayList<>();
            for (int i = 1; i <= HELP_PARAGRAPHS; i++) {
                help.add(Messages.text("workbook.help." + i, MAX_SHEETS, MAX_ROWS));
            }
            writer.instructions(instructionsSheet(), help);
            Set<String> used = new HashSet<>();
            used.add(instructionsSheet().toLowerCase(Locale.ROOT));
            for (ProjectInput p : projects) {
                writer.project(p, sheetName(p.name(), used));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every project sheet of the file, each with what was wrong or guessed; file-level problems apart. */
    public WorkbookRead read(byte[] bytes, String filename) {
        String file = displayName(filename);
        String fileWhere = Messages.text("workbook.where.file", file);
        if (bytes != null && Documents.isOle2(bytes)) {
            return readXls(bytes, file, fileWhere);
        }
        Optional<String> refusal = refusal(bytes);
        if (refusal.isPresent()) {
            return failed(fileWhere, refusal.get());
        }
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn()) {
            XSSFWorkbook workbook;
            try {
                workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                // A zip that is no workbook (a .docx), a damaged one, one POI's bomb guard refused.
                return failed(fileWhere, Messages.text("workbook.error.notXlsx"));
            }
            try (workbook) {
                return read(workbook, file, fileWhere);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * An Excel 97 file (.xls), as the province templates still are. HSSF builds the whole workbook in memory, so
     * its cells are first counted by streaming its records (constant memory) and a file of more than
     * {@value UploadedWorkbooks#MAX_CELLS} cells is refused unread, as for an .xlsx; then its sheets are read
     * the same way.
     */
    private WorkbookRead readXls(byte[] bytes, String file, String fileWhere) {
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn();
             POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
                // an .xlsx with a password (Excel encrypts into an OLE2 container), or another Office file
                return failed(fileWhere, Messages.text("workbook.error.oldFormat"));
            }
            long cells = XlsCells.count(fs, UploadedWorkbooks.MAX_CELLS);
            if (cells > UploadedWorkbooks.MAX_CELLS) {
                return failed(fileWhere, Messages.text("workbook.error.tooManyCells", UploadedWorkbooks.MAX_CELLS));
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                return read(workbook, file, fileWhere);
            }
        } catch (EncryptedDocumentException e) {
            return failed(fileWhere, Messages.text("workbook.error.xlsEncrypted"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof jixiao.common.RefusedException refused) {
                throw refused;
            }
            return failed(fileWhere, Messages.text("workbook.error.xlsUnreadable"));
        }
    }

    private WorkbookRead read(Workbook workbook, String file, String fileWhere) {
        if (workbook.getNumberOfSheets() > MAX_SHEETS) {
            return failed(fileWhere, Messages.text("workbook.error.tooManySheets", workbook.getNumberOfSheets(), MAX_SHEETS));
        }
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<WorkbookProject> projects = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        SheetLines unread = new SheetLines();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            String name = sheet.getSheetName();
            if (name.equals(instructionsSheet())) {
                continue;
            }
            String where = Messages.text("workbook.where.sheet", file, name);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                issues.add(new ImportIssue(Severity.ERROR, where,
                        Messages.text("workbook.error.tooManyRows", sheet.getLastRowNum() + 1, MAX_ROWS)));
                continue;
            }
            Optional<WorkbookProject> project;
            WorkbookGrid grid;
            try {
                grid = WorkbookGrid.of(sheet, evaluator, formatter);
                if (grid.isEmpty()) {
                    continue;
                }
                project = WorkbookSheetReader.holdsSeveralTables(grid) ? Optional.empty()
                        : WorkbookSheetReader.read(grid, where);
            } catch (RuntimeException e) {
                // POI refuses parts of a damaged sheet only when they are read (styles, shared strings).
                issues.add(new ImportIssue(Severity.ERROR, where, Messages.text("workbook.error.unreadableSheet")));
                continue;
            }
            if (project.isEmpty()) {
                issues.add(new ImportIssue(Severity.WARNING, where, Messages.text("workbook.warn.unknownSheet")));
                unread.add(name, grid);
            } else if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                WorkbookProject p = project.get();
                List<ImportIssue> withHidden = new ArrayList<>(p.issues());
                withHidden.add(new ImportIssue(Severity.WARNING, where, Messages.text("workbook.warn.hiddenSheet")));
                projects.add(new WorkbookProject(p.where(), p.input(), withHidden, p.printedYear()));
            } else {
                projects.add(project.get());
            }
        }
        boolean noProject = projects.isEmpty() && issues.stream().noneMatch(x -> x.severity() == Severity.ERROR);
        if (noProject) {
            issues.add(new ImportIssue(Severity.ERROR, fileWhere, Messages.text("workbook.error.noProject")));
        }
        // No sheet in the template's shape: the sheets may be a published table laid out in cells, which the text
        // layouts read from their rows (a row a line, cells separated by tabs); where they find no table either,
        // the issues above stand.
        return new WorkbookRead(projects, issues, noProject && !unread.isEmpty() ? unread.done(file) : null);
    }

    /** Why the bytes cannot be a workbook we read, judged without building it. */
    private static Optional<String> refusal(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.of(Messages.text("workbook.error.empty"));
        }
        if (!UploadedFiles.isZip(bytes)) {
            return Optional.of(Messages.text("workbook.error.notXlsx"));
        }
        return UploadedWorkbooks.refusal(bytes);
    }

    private static WorkbookRead failed(String where, String message) {
        return new WorkbookRead(List.of(), List.of(new ImportIssue(Severity.ERROR, where, message)));
    }

    static String instructionsSheet() {
        return Messages.text("workbook.instructions");
    }

    /** The name a browser sent, without the folders some send along. */
    static String displayName(String filename) {
        return Documents.fileName(filename);
    }

    /**
     * A sheet name Excel accepts for a project: at most 31 characters, none of {@code \ / ? * [ ] :},
     * no apostrophe at either end, unique ignoring case (a second 法制建设 becomes 法制建设（2）).
     */
    static String sheetName(String projectName, Set<String> usedLowerCase) {
        StringBuilder b = new StringBuilder();
        String source = projectName == null ? "" : projectName.strip();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            b.append(FORBIDDEN_IN_SHEET_NAMES.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String base = b.toString().replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = Messages.text("workbook.sheetFallback") + base;
        }
        String candidate = cut(base, SHEET_NAME_LIMIT);
        for (int n = 2; usedLowerCase.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "（" + n + "）";
            candidate = cut(base, SHEET_NAME_LIMIT - suffix.length()) + suffix;
        }
        usedLowerCase.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end).replaceAll("'+$", "");
    }
}
