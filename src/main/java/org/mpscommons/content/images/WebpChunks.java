package org.mpscommons.content.images;

import java.nio.charset.StandardCharsets;

/**
 * What a WebP file is made of, from its RIFF chunk headers alone. Its reader decodes lossless data (a VP8L chunk, or
 * an ALPH chunk: the transparency of a lossy image) at full size whatever part of the image is asked for, so such a
 * file is planned as decoded whole ({@link DecodePlan}).
 */
final class WebpChunks {

    /** "RIFF", the file's length, "WEBP": the chunks start after these twelve bytes. */
    private static final int FIRST_CHUNK = 12;

    private WebpChunks() {}

    /** Whether the file has a lossless part; a damaged chunk list counts as one (the safer plan). */
    static boolean hasLosslessPart(byte[] webp) {
        int at = FIRST_CHUNK;
        while (at + 8 <= webp.length) {
            String type = new String(webp, at, 4, StandardCharsets.US_ASCII);
            if (type.equals("VP8L") || type.equals("ALPH")) {
                return true;
            }
            long length = (webp[at + 4] & 0xFFL)
                    | (webp[at + 5] & 0xFFL) << 8
                    | (webp[at + 6] & 0xFFL) << 16
                    | (webp[at + 7] & 0xFFL) << 24;
            long next = at + 8L + length + (length & 1); // chunks are padded to an even length
            if (next > webp.length) {
                return !type.equals("VP8 ");
            }
            at = (int) next;
        }
        return false;
    }
}
