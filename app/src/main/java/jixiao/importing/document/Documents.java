package jixiao.importing.document;

import jixiao.common.Messages;
import jixiao.common.RefusedException;
import jixiao.importing.UploadedFiles;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file is, judged by its content more than by its name (people rename files, and browsers
 * send what the name says), and its text for the kinds the text layouts read. The family comes from the first
 * bytes (a PDF, an OLE2 container of Office 97, a zip of Office 2007); inside a family the streams decide
 * (WordDocument or Workbook, word/document.xml or xl/), and the name only where the content cannot tell, e.g.
 * a damaged file. Workbooks (.xlsx, .xls) are not read here: their sheets go to the workbook reader, which
 * knows the template's labelled shape.
 */
public final class Documents {

    /** How many bytes may precede {@code %PDF-}: readers accept a PDF with some junk before its header. */
    private static final int PDF_HEADER_WINDOW = 1024;

    public enum Kind {
        DOCX, DOC, PDF, XLSX, XLS, HTML, TEXT;

        /** A workbook goes to the workbook reader, not to {@link #read}. */
        public boolean isWorkbook() {
            return this == XLSX || this == XLS;
        }
    }

    private Documents() {
    }

    public static Kind kind(byte[] bytes, String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (isPdf(bytes)) {
            return Kind.PDF;
        }
        if (isOle2(bytes)) {
            Kind byStreams = ole2Kind(bytes);
            if (byStreams != null) {
                return byStreams;
            }
            // damaged, or an encrypted Office 2007 file (Office encrypts into an OLE2 container): the name tells
            return switch (extension(name)) {
                case "doc" -> Kind.DOC;
                case "docx" -> Kind.DOCX;
                case "xls" -> Kind.XLS;
                default -> Kind.XLSX;
            };
        }
        if (UploadedFiles.isZip(bytes)) {
            Kind byEntries = zipKind(bytes);
            if (byEntries != null) {
                return byEntries;
            }
            return name.endsWith(".docx") ? Kind.DOCX : Kind.XLSX;
        }
        return switch (extension(name)) {
            case "pdf" -> Kind.PDF;
            case "doc" -> Kind.DOC;
            case "docx" -> Kind.DOCX;
            case "xls" -> Kind.XLS;
            case "xlsx", "xlsm" -> Kind.XLSX;
            case "html", "htm" -> Kind.HTML;
            default -> Kind.TEXT;
        };
    }

    /**
     * The lines of a document that is not a workbook; refused with a Chinese message naming the file (400)
     * when it cannot be read.
     */
    public static DocumentText read(byte[] bytes, String filename) {
        return read(bytes, filename, kind(bytes, filename));
    }

    public static DocumentText read(byte[] bytes, String filename, Kind kind) {
        String file = fileName(filename);
        return switch (kind) {
            case DOCX -> WordDocuments.docx(bytes, file);
            case DOC -> WordDocuments.doc(bytes, file);
            case PDF -> PdfDocuments.read(bytes, file);
            // a saved web page: its tables as cells
            case HTML -> UploadedFiles.text(bytes).map(HtmlTables::read).map(d -> new DocumentText(file, d.text(), d.places()))
                    .orElseThrow(() -> new Unreadable(Messages.text("import.notText", file)));
            case TEXT -> UploadedFiles.text(bytes).map(t -> new DocumentText(file, t, List.of()))
                    .orElseThrow(() -> new Unreadable(Messages.text("import.notText", file)));
            case XLSX, XLS -> throw new IllegalArgumentException("a workbook is read by the workbook reader: " + file);
        };
    }

    /** The name a browser sent, without the folders some send along. */
    public static String fileName(String filename) {
        if (filename == null || filename.isBlank()) {
            return Messages.text("workbook.unnamedFile");
        }
        String f = filename.strip();
        return f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1);
    }

    /** An OLE2 compound file: an .xls or a .doc, or an Office 2007 file with a password. */
    public static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0 && (bytes[4] & 0xFF) == 0xA1 && (bytes[5] & 0xFF) == 0xB1
                && (bytes[6] & 0xFF) == 0x1A && (bytes[7] & 0xFF) == 0xE1;
    }

    static boolean isPdf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PDF_HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static Kind ole2Kind(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Kind.DOC;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Kind.XLS;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Kind zipKind(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if ("word/document.xml".equals(e.getName())) {
                    return Kind.DOCX;
                }
                if (e.getName().startsWith("xl/")) {
                    return Kind.XLSX;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** 400: the file cannot be read as what it is; the message names it and says what to do. */
    public static final class Unreadable extends RefusedException {
        public Unreadable(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 400;
        }
    }
}
