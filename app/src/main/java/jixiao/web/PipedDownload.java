package jixiao.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.Executor;

/**
 * A download written while it is sent: the writer runs on a thread of its own and fills a small pipe the
 * response reads from (Micronaut's {@code StreamedFile}), so a large file is never held whole in memory.
 * A writer that fails ends the stream with an error rather than a clean end, so the client's download breaks
 * instead of leaving a truncated file that looks complete.
 */
public final class PipedDownload extends FilterInputStream {

    private static final Logger LOG = LoggerFactory.getLogger(PipedDownload.class);
    private static final int PIPE_BYTES = 64 * 1024;

    /** Writes the download; the stream is closed afterwards. */
    public interface Writer {
        void writeTo(OutputStream out) throws Exception;
    }

    private volatile Throwable failure;
    private volatile boolean closedByReader;

    private PipedDownload(PipedInputStream in) {
        super(in);
    }

    /** Starts {@code writer} on {@code executor} and returns what it writes, to be read as it comes. */
    public static PipedDownload start(Executor executor, String what, Writer writer) throws IOException {
        PipedInputStream in = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream out = new PipedOutputStream(in);
        PipedDownload download = new PipedDownload(in);
        executor.execute(() -> {
            try {
                writer.writeTo(out);
            } catch (Throwable e) {
                // set before the pipe closes, so the reader never takes the end for a complete file
                download.failure = e;
                if (download.closedByReader) {
                    // the server closes the stream when the client goes away: nothing failed, the writing stops
                    LOG.info("{}: the client left before the end of the download", what);
                } else {
                    LOG.warn("{}: download failed while being written", what, e);
                }
            } finally {
                try {
                    out.close();
                } catch (IOException e) {
                    LOG.debug("{}: closing the pipe", what, e);
                }
            }
        });
        return download;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        return b < 0 ? endOrFailure() : b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        return n < 0 ? endOrFailure() : n;
    }

    @Override
    public void close() throws IOException {
        closedByReader = true;
        super.close();
    }

    private int endOrFailure() throws IOException {
        if (failure != null) {
            throw new IOException("the download could not be written", failure);
        }
        return -1;
    }
}
