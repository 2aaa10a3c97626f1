package jixiao.importing;

import jixiao.common.Messages;
import jixiao.common.RefusedException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The guard in front of every path that opens an uploaded .xlsx (target import, import preview, bulk spend
 * upload). POI builds a whole workbook in memory, about 300 bytes and more per cell: a 2.4 MB upload of 1.5 M
 * tiny cells unpacks to only 29 MB but needs more than 512 MB of heap. So before POI sees a file, its archive
 * is streamed once, with constant memory, counting what it unpacks to and how many cells and shared strings
 * its XML holds; a file past the limits is refused with a message. And only a few workbooks are built at once
 * per instance, so that several large uploads in parallel cannot exhaust the heap the other users need.
 */
public final class UploadedWorkbooks {

    static final int MAX_UNPACKED_MB = 30;
    /** 500 projects in the template are about 60,000 cells; the bulk spend file of a county a few thousand. */
    public static final int MAX_CELLS = 200_000;
    private static final long MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024L * 1024L;
    private static final int MAX_ENTRIES = 5000;
    /** Workbooks built at the same time in one instance; measured at -Xmx512m (README, "Security"). */
    private static final int CONCURRENT_WORKBOOKS = 2;
    private static final long WAIT_SECONDS = 20;
    private static final Semaphore BUILDING = new Semaphore(CONCURRENT_WORKBOOKS, true);
    private static final XMLInputFactory XML = secureFactory();

    private UploadedWorkbooks() {
    }

    /** Why these bytes will not be opened as a workbook, found without opening it; empty when they may be. */
    public static Optional<String> refusal(byte[] bytes) {
        return refusal(bytes, MAX_CELLS, "workbook.error.tooManyCells", Messages.text("workbook.error.notXlsx"));
    }

    /**
     * The same guard for any Office Open XML upload (a .docx too): {@code maxParts} bounds the cells, shared
     * strings, paragraphs and table cells its XML holds, refused with the message {@code tooManyKey}; an archive
     * that cannot be read is refused with {@code unreadable}.
     */
    public static Optional<String> refusal(byte[] bytes, int maxParts, String tooManyKey, String unreadable) {
        long[] unpacked = {0};
        int entries = 0;
        long cells = 0;
        boolean malformed = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(Messages.text("workbook.error.tooLarge", MAX_UNPACKED_MB));
                }
                InputStream counted = new Counting(zip, unpacked);
                if (e.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    try {
                        cells += countCells(counted, maxParts - cells);
                    } catch (XMLStreamException notXml) {
                        // read on: an archive that unpacks too far is the message that matters more
                        malformed = true;
                    }
                    if (cells > maxParts) {
                        return Optional.of(Messages.text(tooManyKey, maxParts));
                    }
                }
                counted.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (TooLarge e) {
            return Optional.of(Messages.text("workbook.error.tooLarge", MAX_UNPACKED_MB));
        } catch (IOException | RuntimeException e) {
            return Optional.of(unreadable);
        }
        return entries == 0 || malformed ? Optional.of(unreadable) : Optional.empty();
    }

    /**
     * A turn to build a workbook in memory, waited for a while; refused with a message when the server stays
     * busy. Close it when the workbook is no longer needed.
     */
    public static Turn turn() {
        try {
            if (!BUILDING.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        return BUILDING::release;
    }

    /** A held turn; closing it lets the next upload in. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** 503: several large workbooks are being read; the person may try again shortly. */
    static final class Busy extends RefusedException {
        Busy() {
            super(Messages.text("workbook.error.busy"));
        }

        @Override
        public int status() {
            return 503;
        }
    }

    /** The parts of one XML part that cost memory once built, counting stops past {@code room}. */
    private static long countCells(InputStream in, long room) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(in);
        long n = 0;
        try {
            while (reader.hasNext() && n <= room) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    // cells and shared strings of a workbook, paragraphs and table cells of a document
                    if ("c".equals(name) || "si".equals(name) || "p".equals(name) || "tc".equals(name)) {
                        n++;
                    }
                }
            }
        } finally {
            reader.close();
        }
        return n;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Counts what is unpacked across all entries; leaves the zip stream open for the next entry. */
    private static final class Counting extends FilterInputStream {
        private final long[] total;

        Counting(InputStream in, long[] total) {
            super(in);
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            total[0] += n;
            if (total[0] > MAX_UNPACKED_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public void close() {
            // the zip stream goes on to the next entry
        }
    }
}
