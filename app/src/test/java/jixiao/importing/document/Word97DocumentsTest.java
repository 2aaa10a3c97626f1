package jixiao.importing.document;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word 97 files written by Word itself (Apache POI's test documents, see {@code word97/README.md}): HWPF reads
 * their tables into the lines a .docx gives, a cell a line after a tab and an empty line after each row, with
 * each line's place. Nothing here can write a .doc, so these real ones are the check that the reading works.
 */
class Word97DocumentsTest {

    @Test
    void aTableBetweenParagraphsGivesItsCellsRowByRow() throws IOException {
        DocumentText doc = read("simple-table.doc");
        assertEquals(Documents.Kind.DOC, Documents.kind(bytes("simple-table.doc"), "renamed.bin"), "known by its content");
        List<String> lines = List.of(doc.text().split("\n", -1));
        assertTrue(lines.get(0).startsWith("This is a Word document that was created using Word 97"), lines.get(0));
        assertEquals(List.of("\tCell 1,1", "\tCell 1,2", "\tCell 1,3", "", "\tCell 2,1", "\tCell 2,2", "\tCell 2,3", "",
                "This text is below the table."), lines.subList(1, 10));
        assertEquals("表1第1行第1格", doc.place(2));
        assertEquals("表1第2行第3格", doc.place(8));
    }

    @Test
    void mergedCellsAreEmptyAndRowsKeepTheirOwnWidth() throws IOException {
        List<String> lines = List.of(read("table-merges.doc").text().split("\n", -1));
        assertEquals(List.of("\tA", "\tB", "", "\tC", "\tD", "\tE", "\tF", "", "\t", "\tG", "\tH", "\tI J", "", "\tK", ""),
                lines.subList(0, 15));
    }

    @Test
    void aTableInsideACellStaysWithItsCell() throws IOException {
        String text = read("innertable.doc").text();
        assertTrue(text.startsWith("\tA\n\tB\n\tC\n\n\tD\n"), text);
        assertTrue(text.contains("\tE 1 2  3 4  F\n\tG\n\n\tH\n\tI\n\tJ\n"), text);
    }

    private static DocumentText read(String file) throws IOException {
        return Documents.read(bytes(file), file);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = Word97DocumentsTest.class.getResourceAsStream("/word97/" + file)) {
            return in.readAllBytes();
        }
    }
}
