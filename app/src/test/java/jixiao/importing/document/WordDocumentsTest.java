package jixiao.importing.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Word document's lines and the place of each: paragraphs by number, cells by table, row and cell. */
class WordDocumentsTest {

    @Test
    void paragraphsAndCellsComeWithTheirPlaces() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2024年项目支出绩效目标表");
            doc.createParagraph();
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("项目名称");
            table.getRow(0).getCell(1).setText("普法\t宣传");
            table.getRow(1).getCell(0).setText("预算数");
            table.getRow(1).getCell(1).setText("12.5");
            doc.createParagraph().createRun().setText("注：单位万元");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        DocumentText text = Documents.read(docx, "目标表.docx");
        assertEquals(List.of("2024年项目支出绩效目标表", "\t项目名称", "\t普法 宣传", "", "\t预算数", "\t12.5", "", "注：单位万元", ""),
                List.of(text.text().split("\n", -1)));
        assertEquals("第1段", text.place(1));
        assertEquals("表1第1行第1格", text.place(2));
        assertEquals("表1第1行第2格", text.place(3));
        assertEquals("表1第1行", text.place(4));
        assertEquals("表1第2行第2格", text.place(6));
        assertEquals("第3段", text.place(8));
    }
}
