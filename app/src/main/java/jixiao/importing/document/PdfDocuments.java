package jixiao.importing.document;

import jixiao.common.Messages;
import jixiao.common.RefusedException;
import jixiao.importing.UploadedWorkbooks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/**
 * The text layer of a PDF in reading order, one line of the page a line ("第3页第12行"). A table printed in a PDF
 * has no cells, only runs of text placed on the page; where two runs on a line stand further apart than
 * {@value #CELL_GAP_EM} of the font's size, which a space between words never does, they are taken for two cells
 * and separated by a tab, so a table row becomes a tab-separated row (the layout of 彭阳's published text). A
 * cell whose text wraps onto a second line becomes a line of its own; the layout readers see it as such.
 *
 * <p>Memory stays bounded whatever the file: the document's streams are cached in temporary files, not on the
 * heap; more than {@value #MAX_PAGES} pages, or more than {@value #MAX_CHARACTERS_PER_PAGE} characters on one
 * page (a compressed stream that unpacks without end), is refused.
 */
public final class PdfDocuments {

    static final int MAX_PAGES = 2000;
    static final int MAX_CHARACTERS_PER_PAGE = 100_000;
    /** Streams unpacked to temporary files, at most this much per document. */
    private static final long MAX_TEMP_BYTES = 512L * 1024 * 1024;
    static final float CELL_GAP_EM = 0.8f;
    /** What the pages' drawing instructions may unpack to: a dense 200-page report is about 5 MB. */
    static final int MAX_CONTENT_MB = 64;
    private static final long MAX_CONTENT_BYTES = MAX_CONTENT_MB * 1024L * 1024L;

    private PdfDocuments() {
    }

    static DocumentText read(byte[] bytes, String file) {
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn();
             PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                     MemoryUsageSetting.setupTempFileOnly(MAX_TEMP_BYTES).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new Documents.Unreadable(Messages.text("import.pdf.tooManyPages", file, pages, MAX_PAGES));
            }
            long unpacked = 0;
            for (PDPage page : document.getPages()) {
                unpacked += unpacked(page, MAX_CONTENT_BYTES - unpacked);
                if (unpacked > MAX_CONTENT_BYTES) {
                    throw new Documents.Unreadable(Messages.text("import.pdf.tooLarge", file, MAX_CONTENT_MB));
                }
            }
            Stripper stripper = new Stripper(file);
            stripper.writeText(document, Writer.nullWriter());
            DocumentText text = stripper.lines.done(file);
            if (!stripper.hasText) {
                throw new Documents.Unreadable(Messages.text("import.pdf.noText", file));
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new Documents.Unreadable(Messages.text("import.pdf.encrypted", file));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            throw new Documents.Unreadable(Messages.text("import.pdf.unreadable", file));
        }
    }

    /**
     * What a page's content streams unpack to, counted by streaming them, stopped just past {@code room}: the
     * text reader would hold a whole unpacked stream in memory, so a small file that unpacks without end (a
     * "zip bomb" in a PDF) is refused before it is read.
     */
    private static long unpacked(PDPage page, long room) throws IOException {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        for (var it = page.getContentStreams(); it.hasNext() && n <= room; ) {
            try (InputStream in = it.next().createInputStream()) {
                for (int r = in.read(buffer); r >= 0 && n <= room; r = in.read(buffer)) {
                    n += r;
                }
            }
        }
        return n;
    }

    /**
     * Lines built from the words PDFBox finds, with a tab where the gap before a word is a cell's border. The
     * stripper's own separators are silenced: this class decides what stands between words and lines.
     */
    private static final class Stripper extends PDFTextStripper {
        private final String file;
        private final DocumentLines lines = new DocumentLines();
        private final StringBuilder line = new StringBuilder();
        private TextPosition last;
        private TextPosition firstOfLine;
        /** Where the page's text starts on the left: a table row starting further right begins with empty cells. */
        private float leftEdge;
        private int lineOfPage;
        private int charactersOfPage;
        private boolean hasText;

        Stripper(String file) {
            this.file = file;
            setSortByPosition(true);
            setWordSeparator("");
            setLineSeparator("");
            setParagraphStart("");
            setParagraphEnd("");
            setPageStart("");
            setPageEnd("");
            setArticleStart("");
            setArticleEnd("");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            lineOfPage = 0;
            charactersOfPage = 0;
            last = null;
            line.setLength(0);
            super.startPage(page);
        }

        @Override
        protected void writePage() throws IOException {
            leftEdge = Float.MAX_VALUE;
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition p : article) {
                    if (!p.getUnicode().isBlank()) {
                        leftEdge = Math.min(leftEdge, p.getXDirAdj());
                    }
                }
            }
            super.writePage();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++charactersOfPage > MAX_CHARACTERS_PER_PAGE) {
                throw new Documents.Unreadable(Messages.text("import.pdf.pageTooLong", file, getCurrentPageNo(),
                        MAX_CHARACTERS_PER_PAGE));
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                if (last != null) {
                    line.append(isCellGap(last, first) ? '\t' : ' ');
                } else {
                    firstOfLine = first;
                }
                last = positions.get(positions.size() - 1);
            }
            line.append(text.replace('\t', ' '));
            if (!hasText && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                hasText = true;
            }
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            if (!line.isEmpty()) {
                endLine();
            }
        }

        private void endLine() {
            lineOfPage++;
            String text = line.toString().strip().isEmpty() ? "" : line.toString().stripTrailing();
            // a table row whose first cells are empty (a level written once for the rows under it) starts right
            // of the page's left edge; an indented paragraph has no cells and keeps its indent out
            if (text.indexOf('\t') > 0 && firstOfLine != null
                    && firstOfLine.getXDirAdj() - leftEdge > CELL_GAP_EM * em(firstOfLine, firstOfLine)) {
                text = "\t" + text;
            }
            lines.add(text, Messages.text("document.place.pdfLine", getCurrentPageNo(), lineOfPage));
            line.setLength(0);
            last = null;
            firstOfLine = null;
        }
    }

    /** Whether the space between two runs on a line is wider than any space between words. */
    static boolean isCellGap(TextPosition before, TextPosition after) {
        float gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        return gap > CELL_GAP_EM * em(before, after);
    }

    /** The size of the type on both sides, in points of the page. */
    private static float em(TextPosition before, TextPosition after) {
        float em = Math.max(before.getFontSizeInPt(), after.getFontSizeInPt());
        return em > 0 ? em : Math.max(before.getHeightDir(), after.getHeightDir());
    }
}
