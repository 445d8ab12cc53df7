package io.factwire.ingest.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each one strictly, so that one bad line (invalid UTF-8, or
 * absurdly long) is reported at its own line number while the lines after it are still read.
 */
final class Utf8LineReader implements Closeable {

    /** A line: its 1-based number and either its text or the reason it cannot be read. */
    record Line(int number, String text, InputRejected problem) {
    }

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[256];
    private int lineNumber;

    Utf8LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end of input. */
    Line next() throws IOException {
        int length = 0;
        long lineBytes = 0; // counts on past the cap, so the message can give the real size
        boolean sawAnything = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                break;
            }
            sawAnything = true;
            byte b = chunk[chunkPos++];
            if (b == '\n') {
                break;
            }
            lineBytes++;
            if (lineBytes <= maxLineBytes) {
                length = append(length, b);
            }
        }
        lineNumber++;
        if (lineBytes > maxLineBytes) {
            return new Line(lineNumber, null, new InputRejected(RejectReason.BODY_TOO_LARGE,
                    "line is " + lineBytes + " bytes, over the limit of " + maxLineBytes + " bytes for one line"));
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        try {
            return new Line(lineNumber, StrictUtf8.decode(line, 0, length), null);
        } catch (StrictUtf8.InvalidUtf8 e) {
            return new Line(lineNumber, null, new InputRejected(RejectReason.INVALID_UTF8,
                    String.format("byte 0x%02X at column %d", e.badByte(), e.offset() + 1)));
        }
    }

    private int append(int length, byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, Integer.MAX_VALUE - 8));
        }
        line[length] = b;
        return length + 1;
    }

    /** How many lines {@link #next()} has returned so far. */
    int linesRead() {
        return lineNumber;
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk, 0, CHUNK);
        if (read <= 0) {
            return false;
        }
        chunkPos = 0;
        chunkEnd = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
