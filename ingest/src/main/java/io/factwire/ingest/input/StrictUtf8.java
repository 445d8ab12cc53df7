package io.factwire.ingest.input;

import io.factwire.schemas.ArticleContent;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that refuses invalid input and says where it is, instead of the JDK's default of replacing
 * bad bytes with U+FFFD (which would publish corrupted text without anyone noticing).
 */
final class StrictUtf8 {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictUtf8() {
    }

    /** The first invalid byte: its 0-based offset in the decoded range and its value. */
    static final class InvalidUtf8 extends Exception {
        private final int offset;
        private final int badByte;

        InvalidUtf8(int offset, int badByte) {
            super(String.format("invalid byte 0x%02X at offset %d", badByte, offset), null, false, false);
            this.offset = offset;
            this.badByte = badByte;
        }

        int offset() {
            return offset;
        }

        int badByte() {
            return badByte;
        }
    }

    /** Decodes {@code bytes[from, to)}, skipping a leading byte order mark. */
    static String decode(byte[] bytes, int from, int to) throws InvalidUtf8 {
        int start = startsWithByteOrderMark(bytes, from, to) ? from + BYTE_ORDER_MARK.length : from;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
        CharBuffer out = CharBuffer.allocate(to - start); // UTF-8 never yields more UTF-16 units than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidUtf8(in.position() - from, bytes[in.position()] & 0xFF);
        }
        return out.flip().toString();
    }

    /** How many bytes {@code text} takes in UTF-8, without encoding it. */
    static long encodedLength(CharSequence text) {
        return ArticleContent.utf8Length(text);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
        return to - from >= BYTE_ORDER_MARK.length && bytes[from] == BYTE_ORDER_MARK[0]
                && bytes[from + 1] == BYTE_ORDER_MARK[1] && bytes[from + 2] == BYTE_ORDER_MARK[2];
    }
}
