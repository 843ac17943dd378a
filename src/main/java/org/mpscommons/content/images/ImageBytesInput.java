package org.mpscommons.content.images;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An uploaded file as ImageIO reads it, straight from its bytes (no second copy in a cache), that refuses to be read
 * on and on past its end. The WebP reader takes a missing byte for a zero and keeps decoding: a 41-byte file that
 * declares 5000 x 5000 pixels kept a core busy for minutes and came out as a blank picture. Readers look a few bytes
 * past the end of a sound file at most; after {@link #READS_PAST_END} attempts the file is damaged.
 */
final class ImageBytesInput extends ImageInputStreamImpl {

    /** Far more than a reader's look-ahead at the end of a sound file, far fewer than one row of missing pixels. */
    static final int READS_PAST_END = 256;

    private final byte[] bytes;
    private int readsPastEnd;

    ImageBytesInput(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        return bytes[(int) streamPos++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        checkClosed();
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        int count = (int) Math.min(length, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, target, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    private int pastEnd() throws IOException {
        if (++readsPastEnd > READS_PAST_END) {
            // Not an EOFException: that is what the WebP reader catches and decodes on from.
            throw new IOException("read on past the end of the file");
        }
        return -1;
    }
}
