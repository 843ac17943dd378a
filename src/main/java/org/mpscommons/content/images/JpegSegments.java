package org.mpscommons.content.images;

import java.util.Arrays;

/**
 * Where a JPEG's EXIF block and its first scan (the compressed pixels) begin, found by walking the segment headers
 * from the start of the file; the pixels themselves are never looked at.
 *
 * @param exifOffset where the EXIF block's TIFF data starts, or -1 when the file has none
 * @param scanOffset where the first scan's header starts, or -1 when the headers end before one
 */
record JpegSegments(int exifOffset, int exifLength, int scanOffset) {

    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;

    static JpegSegments of(byte[] jpeg) {
        int exifOffset = -1;
        int exifLength = 0;
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // a fill byte before the marker
                continue;
            }
            if (marker == START_OF_SCAN) {
                return new JpegSegments(exifOffset, exifLength, at);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2; // markers that have no length and no content
                continue;
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (length < 2) {
                break;
            }
            int content = at + 4;
            if (marker == APP1 && exifOffset < 0 && startsWith(jpeg, content, EXIF_HEADER)) {
                exifOffset = content + EXIF_HEADER.length;
                exifLength = Math.min(length - 2 - EXIF_HEADER.length, jpeg.length - exifOffset);
            }
            at += 2 + length;
        }
        return new JpegSegments(exifOffset, exifLength, -1);
    }

    /**
     * Whether the compressed pixels end with the end-of-image marker. A file cut off in transfer does not, and the
     * decoder would only warn and fill the missing part with grey. The marker cannot occur inside the compressed
     * data (a 0xFF there is always followed by 0x00 or a restart number); data some phones append after it is fine.
     */
    boolean complete(byte[] jpeg) {
        if (scanOffset < 0) {
            return false;
        }
        for (int i = jpeg.length - 2; i > scanOffset; i--) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == END_OF_IMAGE) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return offset >= 0
                && bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
