package jixiao.importing;

import jixiao.common.Messages;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Word (.docx) file as the lines the text readers take: the file kind gives lines and cells, the layout
 * readers ({@link TargetTableTextParser}) make tables of them. Paragraphs become lines; a table becomes one line
 * per cell, starting with a tab, and an empty line after each row, which is what Word itself gives when a table
 * is copied as text and what the 乐亭 and 滨海 layouts were published as. A cell continued from the row above
 * (vertical merge) is an empty cell, as in the copy; a table inside a cell follows the cell's own text.
 */
public final class WordDocuments {

    /** Paragraphs and table cells a document may hold before it is refused unread. */
    static final int MAX_PARTS = 200_000;

    private WordDocuments() {
    }

    /** A .docx by its name, or a zip that holds {@code word/document.xml}. */
    public static boolean isDocx(byte[] bytes, String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return true;
        }
        if (!UploadedFiles.isZip(bytes)) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if ("word/document.xml".equals(e.getName())) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** A Word upload: a .docx, or a Word 97 .doc, whose tables are not read yet (the person saves it as .docx). */
    public static boolean isWord(byte[] bytes, String filename) {
        return isDocx(bytes, filename) || isOldWord(filename);
    }

    private static boolean isOldWord(String filename) {
        return filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".doc");
    }

    /** The read text, or why not (a Chinese message naming the file). */
    public record Read(String text, String problem) {
    }

    public static Read read(byte[] bytes, String filename) {
        String file = ProjectWorkbook.displayName(filename);
        if (isOldWord(filename) || !UploadedFiles.isZip(bytes)) {
            return new Read(null, Messages.text("import.docx.notDocx", file));
        }
        String unreadable = Messages.text("import.docx.notDocx", file);
        Optional<String> refusal = UploadedWorkbooks.refusal(bytes, MAX_PARTS, "import.docx.tooManyParts", unreadable);
        if (refusal.isPresent()) {
            return new Read(null, refusal.get().equals(unreadable) ? unreadable
                    : Messages.text("import.docx.refused", file, refusal.get()));
        }
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn();
             InputStream in = new ByteArrayInputStream(bytes);
             XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    line(text, p.getText());
                } else if (element instanceof XWPFTable t) {
                    table(text, t);
                }
            }
            return new Read(text.toString(), null);
        } catch (IOException | RuntimeException e) {
            if (e instanceof jixiao.common.RefusedException refused) {
                throw refused;
            }
            // damaged, encrypted (an OLE2 container, not a zip), or a zip that is no Word document
            return new Read(null, unreadable);
        }
    }

    private static void table(StringBuilder text, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                boolean continued = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getVMerge() != null
                        && (cell.getCTTc().getTcPr().getVMerge().getVal() == null
                        || "continue".equals(cell.getCTTc().getTcPr().getVMerge().getVal().toString()));
                String cellText = continued ? "" : cell.getParagraphs().stream().map(XWPFParagraph::getText)
                        .filter(s -> !s.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
                text.append('\t').append(cellText.replace('\n', ' ').replace('\t', ' ')).append('\n');
                for (XWPFTable inner : cell.getTables()) {
                    table(text, inner);
                }
            }
            text.append('\n');
        }
    }

    private static void line(StringBuilder text, String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            text.append(paragraph.strip()).append('\n');
        }
    }
}
