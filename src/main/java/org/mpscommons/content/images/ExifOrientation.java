package org.mpscommons.content.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The EXIF Orientation of a JPEG: how the camera was held. Phones store the pixels as the sensor saw them and only
 * note the turn, so a photo shown without it appears sideways; re-encoding drops the note, so it must be applied.
 * Values 1 to 8 as in the EXIF standard; 1 means upright.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int IFD_ENTRY_SIZE = 12;

    private ExifOrientation() {}

    static int of(byte[] jpeg, JpegSegments segments) {
        if (segments.exifOffset() < 0 || segments.exifLength() < 8) {
            return UPRIGHT;
        }
        ByteBuffer tiff = ByteBuffer.wrap(jpeg, segments.exifOffset(), segments.exifLength())
                .slice();
        if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
            return UPRIGHT;
        }
        try {
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xFFFF;
            for (int n = 0; n < entries; n++) {
                int entry = ifd + 2 + n * IFD_ENTRY_SIZE;
                if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                    // A SHORT value sits in the first two bytes of the entry's value field, in either byte order.
                    int value = tiff.getShort(entry + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : UPRIGHT;
                }
            }
        } catch (IndexOutOfBoundsException damaged) {
            // A damaged EXIF block is no reason to refuse a photo: it is then shown as the pixels were stored.
        }
        return UPRIGHT;
    }
}
