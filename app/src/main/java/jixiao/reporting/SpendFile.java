package jixiao.reporting;

import jixiao.common.Messages;
import jixiao.importing.UploadedFiles;
import jixiao.importing.UploadedWorkbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an uploaded spend file: CSV (comma or tab separated, UTF-8 or GB18030) or the first sheet
 * of an .xlsx workbook. The first non-blank row is the header; columns are found by name, in any
 * order (the page documents them):
 * <ul>
 *   <li>项目编码 (code), 项目ID (id), or 单位编码 (unitCode) together with 项目名称 (name): which project;</li>
 *   <li>日期 (date): the payment date, or the date the cumulative figure is as of;</li>
 *   <li>金额 / 金额（元） (amount): in 元;</li>
 *   <li>说明 (note), optional: the reason when the cumulative spend is lower than the previous period's.</li>
 * </ul>
 * Cells are returned as text; dates in date-formatted Excel cells as {@code YYYY-MM-DD}.
 */
final class SpendFile {

    enum Column { ID, CODE, UNIT_CODE, NAME, DATE, AMOUNT, NOTE }

    private static final Map<Column, List<String>> HEADERS = new EnumMap<>(Map.of(
            Column.ID, List.of("项目id", "id", "projectid"),
            Column.CODE, List.of("项目编码", "项目代码", "code", "projectcode"),
            Column.UNIT_CODE, List.of("单位编码", "单位代码", "unitcode"),
            Column.NAME, List.of("项目名称", "name", "projectname"),
            Column.DATE, List.of("日期", "支付日期", "付款日期", "截至日期", "date"),
            Column.AMOUNT, List.of("金额", "金额(元)", "支付金额", "支付金额(元)", "累计支出", "累计支出(元)", "amount", "amountyuan"),
            Column.NOTE, List.of("说明", "备注", "支出减少原因", "note", "reason")));

    /** A data row: its line (as a spreadsheet numbers it) and its cells by column; absent columns are null. */
    record Line(int number, Map<Column, String> cells) {

        String get(Column c) {
            String v = cells.get(c);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** The rows read, or why the file could not be read at all. */
    record Read(List<Line> lines, List<String> problems) {
    }

    private SpendFile() {
    }

    static Read read(String filename, byte[] content) {
        List<List<String>> rows;
        if (UploadedFiles.isZip(content)) {
            Optional<String> refusal = UploadedWorkbooks.refusal(content);
            if (refusal.isPresent()) {
                return failed(Messages.text("reporting.upload.workbookRefused", filename, refusal.get()));
            }
            try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn()) {
                rows = workbookRows(content);
            } catch (IOException | RuntimeException e) {
                if (e instanceof jixiao.common.RefusedException refused) {
                    throw refused;
                }
                return failed(Messages.text("reporting.upload.unreadableWorkbook", filename));
            }
        } else {
            var text = UploadedFiles.text(content);
            if (text.isEmpty()) {
                return failed(Messages.text("reporting.upload.notCsvOrXlsx", filename));
            }
            rows = csvRows(text.get());
        }
        int header = 0;
        while (header < rows.size() && blank(rows.get(header))) {
            header++;
        }
        if (header == rows.size()) {
            return failed(Messages.text("reporting.upload.empty", filename));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> names = rows.get(header);
        for (int i = 0; i < names.size(); i++) {
            String n = normalize(names.get(i));
            for (var e : HEADERS.entrySet()) {
                if (e.getValue().contains(n)) {
                    columns.putIfAbsent(e.getKey(), i);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (!columns.containsKey(Column.DATE)) {
            problems.add(Messages.text("reporting.upload.columnMissing", "日期"));
        }
        if (!columns.containsKey(Column.AMOUNT)) {
            problems.add(Messages.text("reporting.upload.columnMissing", "金额（元）"));
        }
        if (!columns.containsKey(Column.ID) && !columns.containsKey(Column.CODE)
                && !(columns.containsKey(Column.UNIT_CODE) && columns.containsKey(Column.NAME))) {
            problems.add(Messages.text("reporting.upload.projectColumnMissing"));
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (blank(row)) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            columns.forEach((c, i) -> cells.put(c, i < row.size() ? row.get(i) : null));
            lines.add(new Line(r + 1, cells));
        }
        return new Read(lines, List.of());
    }

    private static Read failed(String problem) {
        return new Read(List.of(), List.of(problem));
    }

    /** 金额（元） and 金额(元) are the same header; case and spaces do not matter. */
    private static String normalize(String header) {
        return header == null ? "" : header.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** RFC 4180: quoted fields may hold separators, quotes ("") and line breaks. Tab-separated when the first line has tabs and no commas. */
    static List<List<String>> csvRows(String text) {
        int firstBreak = text.indexOf('\n');
        String first = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The first sheet, row by row, keeping row numbers (blank rows become empty rows). */
    private static List<List<String>> workbookRows(byte[] content) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            // Excel keeps numbers as doubles; this gives the digits Excel shows (12000.1, not 12000.099999999999).
            return NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        if (type == CellType.BLANK || type == CellType.ERROR) {
            return null;
        }
        return formatter.formatCellValue(cell);
    }
}
