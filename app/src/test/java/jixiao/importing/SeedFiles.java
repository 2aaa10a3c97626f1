package jixiao.importing;

import jixiao.importing.document.TestPdfs;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

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
final class SeedFiles {

    private SeedFiles() {
    }

    /** The seed's rows: a paragraph is a row of one cell; empty lines are only space between them. */
    static List<List<String>> rows(String seedText) {
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

    static byte[] pdf(String seedText) throws IOException {
        return TestPdfs.pdf(rows(seedText), 40);
    }

    /** An Excel 97 workbook of one sheet holding the seed's rows, a cell a cell. */
    static byte[] xls(String seedText) throws IOException {
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
}
