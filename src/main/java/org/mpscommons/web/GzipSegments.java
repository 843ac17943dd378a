package org.mpscommons.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip body assembled from parts compressed once and values that differ per response (RFC 1951, 1952). Each cached
 * part is a raw deflate stream of its own, ended with a sync flush: it stops at a byte boundary without a final
 * block and refers to no byte before it, so the parts can follow each other and the per-response values in between,
 * which go in as stored (uncompressed) blocks. A final empty block, then the CRC-32 and length of the whole
 * uncompressed body, close the stream. Compressing 40 KB costs far more than the CRC over it.
 */
final class GzipSegments {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** BFINAL=1, BTYPE=00 (stored), LEN=0, NLEN=0xFFFF. */
    private static final byte[] LAST_BLOCK = {1, 0, 0, (byte) 0xff, (byte) 0xff};

    private GzipSegments() {}

    static byte[][] deflate(byte[][] segments) {
        byte[][] deflated = new byte[segments.length][];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            byte[] buffer = new byte[16 * 1024];
            for (int i = 0; i < segments.length; i++) {
                deflater.reset();
                deflater.setInput(segments[i]);
                ByteArrayOutputStream out = new ByteArrayOutputStream(segments[i].length / 4 + 64);
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
                deflated[i] = out.toByteArray();
            }
        } finally {
            deflater.end();
        }
        return deflated;
    }

    static void write(
            VisitorPageCache.Copy copy, byte[][] values, HttpServletResponse response, ServletOutputStream out)
            throws IOException {
        CRC32 crc = new CRC32();
        byte[][] segments = copy.segments();
        byte[][] deflated = copy.deflated();
        int[] marks = copy.marks();
        long length = 0;
        int compressed = HEADER.length + LAST_BLOCK.length + 8;
        for (int i = 0; i < segments.length; i++) {
            crc.update(segments[i]);
            length += segments[i].length;
            compressed += deflated[i].length;
            if (i < marks.length) {
                byte[] value = values[marks[i]];
                crc.update(value);
                length += value.length;
                compressed += 5 + value.length;
            }
        }
        response.setContentLength(compressed);
        out.write(HEADER);
        for (int i = 0; i < segments.length; i++) {
            out.write(deflated[i]);
            if (i < marks.length) {
                out.write(storedBlock(values[marks[i]]));
            }
        }
        out.write(LAST_BLOCK);
        out.write(littleEndian((int) crc.getValue(), (int) length));
    }

    /** A stored block of up to 65,535 bytes (a token or a time is some dozens). */
    private static byte[] storedBlock(byte[] value) {
        byte[] block = new byte[5 + value.length];
        int length = value.length;
        block[0] = 0;
        block[1] = (byte) length;
        block[2] = (byte) (length >>> 8);
        block[3] = (byte) ~length;
        block[4] = (byte) (~length >>> 8);
        System.arraycopy(value, 0, block, 5, length);
        return block;
    }

    private static byte[] littleEndian(int crc, int size) {
        return new byte[] {
            (byte) crc,
            (byte) (crc >>> 8),
            (byte) (crc >>> 16),
            (byte) (crc >>> 24),
            (byte) size,
            (byte) (size >>> 8),
            (byte) (size >>> 16),
            (byte) (size >>> 24)
        };
    }
}
