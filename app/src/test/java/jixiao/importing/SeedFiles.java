package jixiao.importing;

import jixiao.importing.document.TestPdfs;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed tables as the files they are published in. A seed is a table copied as text, either a cell a line
 * after a tab with an empty line after each row (乐亭, 滨海) or a row a line with tab-separated cells (彭阳); its
 * rows are what a PDF prints and a spreadsheet holds.
 */
public final class SeedFiles {

    private SeedFiles() {
    }

    /** The seed's rows: a paragraph is a row of one cell; empty lines are only space between them. */
    public static List<List<String>> rows(String seedText) {
        String[] lines = seedText.split("\r\n|\n", -1);
        boolean cellPerLine = Arrays.stream(lines).noneMatch(l -> l.indexOf('\t', 1) > 0 && !l.isBlank());
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (String line : lines) {
            if (cellPerLine && line.startsWith("\t")) {
                row.add(line.substring(1).strip());
                continue;
            }
            if (!row.isEmpty()) {
                rows.add(List.copyOf(row));
                row.clear();
            }
            if (!line.isBlank()) {
                rows.add(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    public static byte[] pdf(String seedText) throws IOException {
        return TestPdfs.pdf(rows(seedText), 40);
    }

    /** An Excel 97 workbook of one sheet holding the seed's rows, a cell a cell. */
    public static byte[] xls(String seedText) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("绩效目标表");
            int r = 0;
            for (List<String> cells : rows(seedText)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The seed's lines as a Word document: lines starting with a tab are cells, an empty line ends a row. */
    public static byte[] docx(String seedText) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = null;
            List<String> row = new ArrayList<>();
            for (String line : seedText.split("\n", -1)) {
                if (line.startsWith("\t")) {
                    row.add(line.substring(1));
                    continue;
                }
                if (!row.isEmpty()) {
                    table = addRow(doc, table, row);
                    row.clear();
                }
                if (!line.isBlank()) {
                    table = null;
                    doc.createParagraph().createRun().setText(line.strip());
                }
            }
            if (!row.isEmpty()) {
                addRow(doc, table, row);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFTable addRow(XWPFDocument doc, XWPFTable table, List<String> cells) {
        XWPFTable t = table == null ? doc.createTable(1, cells.size()) : table;
        XWPFTableRow r = table == null ? t.getRow(0) : t.createRow();
        while (r.getTableCells().size() < cells.size()) {
            r.addNewTableCell();
        }
        for (int i = 0; i < cells.size(); i++) {
            r.getCell(i).setText(cells.get(i).strip());
        }
        // a row may have fewer cells than the table's first row: Word shows the rest empty, as the copy does
        for (int i = cells.size(); i < r.getTableCells().size(); i++) {
            r.getCell(i).setText("");
        }
        return t;
    }
}
