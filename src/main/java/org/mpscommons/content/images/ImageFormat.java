package org.mpscommons.content.images;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The image formats members may upload, known by their first bytes only: a file's name and the type the browser
 * claims are the sender's to choose, and say nothing about what the bytes are. Only JPEG and PNG are ever stored
 * and served.
 */
@NamedInterface("api")
public enum ImageFormat {
    JPEG("jpeg", "jpg", "image/jpeg"),
    PNG("png", "png", "image/png"),
    WEBP("webp", "webp", "image/webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_TAG = {'W', 'E', 'B', 'P'};

    /** The name ImageIO knows its reader (and writer) by. */
    final String imageIoName;

    final String extension;
    final String contentType;

    ImageFormat(String imageIoName, String extension, String contentType) {
        this.imageIoName = imageIoName;
        this.extension = extension;
        this.contentType = contentType;
    }

    static Optional<ImageFormat> detect(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_TAG)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The file name extension the site serves the format with: jpg, png. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
