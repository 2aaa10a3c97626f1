package jixiao.importing;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, Excel 97: an .xls in the template's shape is read by the same sheet reader as the .xlsx, field for
 * field; an .xls of a published table list goes to the text layouts, each line with its sheet and row.
 */
class XlsWorkbookTest {

    private final ProjectWorkbook workbook = new ProjectWorkbook();

    @Test
    void theTemplateSavedAsExcel97ReadsAsTheXlsxDoes() throws IOException {
        byte[] xlsx = workbook.write(List.of(ProjectWorkbookTest.full()));
        WorkbookRead fromXlsx = workbook.read(xlsx, "模板.xlsx");
        WorkbookRead fromXls = workbook.read(asXls(xlsx), "模板.xls");
        assertEquals(List.of(), fromXls.issues());
        assertEquals(1, fromXls.projects().size());
        assertEquals(List.of(), fromXls.projects().get(0).issues());
        assertEquals(fromXlsx.projects().get(0).input(), fromXls.projects().get(0).input());
        assertEquals(ProjectWorkbookTest.full(), fromXls.projects().get(0).input());
        assertNull(fromXls.sheetsAsText(), "template sheets are not read as text");
    }

    @Test
    void aPublishedTableListInASheetIsReadAsTextWithItsSheetAndRow() throws IOException {
        String seed = Seeds.text("leting-2024.txt");
        WorkbookRead read = workbook.read(SeedFiles.xls(seed), "乐亭.xls");
        assertEquals(List.of(), read.projects());
        assertTrue(read.sheetsAsText() != null, "read as text: " + read.issues());
        assertTrue(read.issues().stream().anyMatch(i -> i.message().contains("没有绩效目标表")),
                "the template's own message stands should the text layouts find no table either");
        List<String> lines = List.of(read.sheetsAsText().text().split("\n", -1));
        List<List<String>> rows = SeedFiles.rows(seed);
        assertEquals(String.join("\t", rows.get(0)), lines.get(0));
        assertEquals("工作表《绩效目标表》第1行", read.sheetsAsText().place(1));
        int indicatorHeader = lines.indexOf("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据");
        assertTrue(indicatorHeader > 0, lines.toString());
        assertEquals("工作表《绩效目标表》第" + (indicatorHeader + 1) + "行", read.sheetsAsText().place(indicatorHeader + 1));
    }

    /** The workbook as Excel 97 holds it: the same cells, number formats and merged regions. */
    static byte[] asXls(byte[] xlsx) throws IOException {
        try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook out = new HSSFWorkbook()) {
            Map<String, CellStyle> styles = new HashMap<>();
            for (Sheet s : in) {
                Sheet t = out.createSheet(s.getSheetName());
                for (Row r : s) {
                    Row tr = t.createRow(r.getRowNum());
                    for (Cell c : r) {
                        Cell tc = tr.createCell(c.getColumnIndex());
                        switch (c.getCellType()) {
                            case STRING -> tc.setCellValue(c.getStringCellValue());
                            case BOOLEAN -> tc.setCellValue(c.getBooleanCellValue());
                            case FORMULA -> tc.setCellFormula(c.getCellFormula());
                            case NUMERIC -> tc.setCellValue(c.getNumericCellValue());
                            default -> {
                            }
                        }
                        String format = c.getCellStyle().getDataFormatString();
                        tc.setCellStyle(styles.computeIfAbsent(format, f -> {
                            CellStyle style = out.createCellStyle();
                            style.setDataFormat(out.createDataFormat().getFormat(f));
                            return style;
                        }));
                    }
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    t.addMergedRegion(m);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(bytes);
            return bytes.toByteArray();
        }
    }
}
