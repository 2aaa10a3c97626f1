package jixiao.importing.document;

import jixiao.common.Messages;
import jixiao.common.RefusedException;
import jixiao.importing.UploadedWorkbooks;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A Word file (.docx, or Word 97 .doc) as the lines the text readers take: the file kind gives lines and cells,
 * the layout readers make tables of them. Paragraphs become lines ("第N段"); a table becomes one line per cell,
 * starting with a tab ("表2第5行第3格"), and an empty line after each row, which is what Word itself gives when
 * a table is copied as text and what the 乐亭 and 滨海 layouts were published as. A cell continued from the row
 * above (vertical merge) is an empty cell, as in the copy; a table inside a cell follows the cell's own text.
 */
public final class WordDocuments {

    /** Paragraphs and table cells a document may hold before it is refused unread. */
    static final int MAX_PARTS = 200_000;
    /**
     * A Word 97 file is built whole in memory by HWPF, which takes several times its size; 10 MB of .doc is far
     * more than any target table (the published ones are under 1 MB) and stays well inside a 512 MB heap.
     */
    static final int MAX_DOC_MB = 10;

    private WordDocuments() {
    }

    /** Why not: a Chinese message naming the file, or the document. */
    static DocumentText docx(byte[] bytes, String file) {
        String unreadable = Messages.text("import.docx.notDocx", file);
        if (Documents.isOle2(bytes)) {
            // Word encrypts a .docx with a password into an OLE2 container
            throw new Documents.Unreadable(Messages.text("import.docx.encrypted", file));
        }
        Optional<String> refusal = UploadedWorkbooks.refusal(bytes, MAX_PARTS, "import.docx.tooManyParts", unreadable);
        if (refusal.isPresent()) {
            throw new Documents.Unreadable(refusal.get().equals(unreadable) ? unreadable
                    : Messages.text("import.docx.refused", file, refusal.get()));
        }
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn();
             InputStream in = new ByteArrayInputStream(bytes);
             XWPFDocument document = new XWPFDocument(in)) {
            DocumentLines lines = new DocumentLines();
            int[] counters = {0, 0};
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    counters[0]++;
                    paragraph(lines, p.getText(), counters[0]);
                } else if (element instanceof XWPFTable t) {
                    table(lines, t, counters);
                }
            }
            return lines.done(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            // damaged, encrypted (an OLE2 container, not a zip), or a zip that is no Word document
            throw new Documents.Unreadable(unreadable);
        }
    }

    /**
     * A Word 97 file through HWPF. Tables are found by their paragraphs' in-table mark; whatever HWPF cannot
     * read (a Word 6 or earlier file, an encrypted one, damage) is refused with the advice to save it as .docx.
     */
    static DocumentText doc(byte[] bytes, String file) {
        String unreadable = Messages.text("import.doc.unreadable", file);
        if (bytes.length > MAX_DOC_MB * 1024L * 1024L) {
            throw new Documents.Unreadable(Messages.text("import.doc.tooLarge", file, MAX_DOC_MB));
        }
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn();
             POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (!fs.getRoot().hasEntryCaseInsensitive("WordDocument")) {
                throw new Documents.Unreadable(unreadable);
            }
            HWPFDocument document = new HWPFDocument(fs);
            Range range = document.getRange();
            int paragraphs = range.numParagraphs();
            if (paragraphs > MAX_PARTS) {
                throw new Documents.Unreadable(Messages.text("import.docx.refused", file,
                        Messages.text("import.docx.tooManyParts", MAX_PARTS)));
            }
            DocumentLines lines = new DocumentLines();
            int tables = 0;
            for (int i = 0; i < paragraphs; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    tables++;
                    table(lines, table, tables);
                    // on past the table's last paragraph
                    while (i + 1 < paragraphs && range.getParagraph(i + 1).getStartOffset() < table.getEndOffset()) {
                        i++;
                    }
                } else {
                    paragraph(lines, p.text(), i + 1);
                }
            }
            return lines.done(file);
        } catch (EncryptedDocumentException e) {
            throw new Documents.Unreadable(Messages.text("import.doc.encrypted", file));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            throw new Documents.Unreadable(unreadable);
        }
    }

    private static void table(DocumentLines lines, Table table, int number) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                String text = continued ? "" : DocumentLines.oneLine(cell.text());
                lines.add("\t" + text, Messages.text("document.place.cell", number, r + 1, c + 1));
            }
            lines.add("", Messages.text("document.place.row", number, r + 1));
        }
    }

    /** {@code counters}: paragraphs and tables so far; a nested table is numbered after its outer one. */
    private static void table(DocumentLines lines, XWPFTable table, int[] counters) {
        int number = ++counters[1];
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                c++;
                boolean continued = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getVMerge() != null
                        && (cell.getCTTc().getTcPr().getVMerge().getVal() == null
                        || "continue".equals(cell.getCTTc().getTcPr().getVMerge().getVal().toString()));
                String cellText = continued ? "" : cell.getParagraphs().stream().map(XWPFParagraph::getText)
                        .filter(s -> !s.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
                lines.add("\t" + DocumentLines.oneLine(cellText), Messages.text("document.place.cell", number, r, c));
                for (XWPFTable inner : cell.getTables()) {
                    table(lines, inner, counters);
                }
            }
            lines.add("", Messages.text("document.place.row", number, r));
        }
    }

    private static void paragraph(DocumentLines lines, String paragraph, int number) {
        String text = paragraph == null ? "" : paragraph.replace('\r', ' ').replace('\u0007', ' ').strip();
        if (!text.isBlank()) {
            lines.add(text, Messages.text("document.place.paragraph", number));
        }
    }
}
