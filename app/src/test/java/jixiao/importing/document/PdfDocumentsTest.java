package jixiao.importing.document;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The text layer of a PDF: cells apart by their gaps, words by their spaces, each line with its page and line. */
class PdfDocumentsTest {

    @Test
    void aWideGapBetweenRunsIsACellAndASpaceIsNot() throws IOException {
        byte[] pdf = TestPdfs.pdf(List.of(
                List.of("项目名称", "普法宣传 2024 年度"),
                List.of("", "数量指标", "普法宣传场次", "≥10场"),
                List.of("满意度指标", "服务对象满意度", "≥95%")), 2);
        DocumentText text = Documents.read(pdf, "目标表.pdf");
        assertEquals("目标表.pdf", text.source());
        List<String> lines = List.of(text.text().split("\n", -1));
        assertEquals("项目名称\t普法宣传 2024 年度", lines.get(0), text.text());
        assertEquals("\t数量指标\t普法宣传场次\t≥10场", lines.get(1), "a row starting with an empty cell keeps it");
        assertEquals("满意度指标\t服务对象满意度\t≥95%", lines.get(2));
        assertEquals("第1页第1行", text.place(1));
        assertEquals("第1页第2行", text.place(2));
        assertEquals("第2页第1行", text.place(3));
    }

    @Test
    void aPdfWithoutTextIsRefusedWithAdviceToPasteOcrText() throws IOException {
        Documents.Unreadable e = assertThrows(Documents.Unreadable.class,
                () -> Documents.read(TestPdfs.withoutText(2), "扫描件.pdf"));
        assertTrue(e.getMessage().contains("文件《扫描件.pdf》是没有文字层的 PDF"), e.getMessage());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void theKindIsTheContentsNotTheName() throws IOException {
        byte[] pdf = TestPdfs.pdf(List.of(List.of("项目名称", "普法")), 10);
        assertEquals(Documents.Kind.PDF, Documents.kind(pdf, "目标表.txt"));
        assertEquals(Documents.Kind.TEXT, Documents.kind("项目名称".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt"));
        assertEquals(Documents.Kind.PDF, Documents.kind(new byte[]{1, 2, 3}, "坏.PDF"));
        assertEquals(Documents.Kind.HTML, Documents.kind("<table></table>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "页.htm"));
    }
}
