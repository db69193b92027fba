package io.convert.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers whether the stream under it failed, so that a failure while
 * writing can be told apart from a failure of the writer itself: the first is output that could
 * not be written (a full disk, a closed pipe), the second a bug.
 */
public final class WatchedOutput extends FilterOutputStream {
    private boolean failed;

    public WatchedOutput(OutputStream out) {
        super(out);
    }

    /** True once the stream under this one has thrown. */
    public boolean failed() {
        return failed;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    /** Leaves the stream under it open: whoever opened it closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
