package org.mpscommons.content.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Makes an uploaded image safe to store and serve, for every feature that takes images from members (photos in forum
 * posts, profile pictures): at most {@link #MAX_UPLOAD_BYTES} are read, the type is told from the bytes, and the image
 * is decoded within a memory budget and encoded afresh, so that nothing of the original file but its pixels survives
 * (no EXIF with the phone's GPS position, no XMP, no comments, no ICC profile). A few at a time ({@link
 * DecodingSlots}), whichever feature they come from.
 *
 * <p>The caller keeps its own rules (how many uploads a member may make, where the result is stored) and passes
 * {@code beforeDecoding}, which runs once the file turned out to be an image and before the costly decoding: that is
 * where an hourly limit counts an attempt, so that a refused file type costs no allowance.
 */
@Service
@NamedInterface("api")
public class ImageReencoding {

    /**
     * Phone photos are 2 to 6 MB; 8 MB leaves room for large ones while bounding what one upload holds in memory.
     * The multipart limit (spring.servlet.multipart.max-file-size) must be at least this.
     */
    public static final int MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

    private final ImageReencoder reencoder;
    private final DecodingSlots slots;

    ImageReencoding(ImageReencoder reencoder, DecodingSlots slots) {
        this.reencoder = reencoder;
        this.slots = slots;
    }

    /**
     * The image re-encoded whole (scaled down to at most {@link ImageReencoder#MAX_SIDE} pixels a side): PNG when it
     * has transparency, JPEG otherwise.
     *
     * @param content the uploaded bytes; at most {@link #MAX_UPLOAD_BYTES} + 1 are read, and the caller closes it
     */
    public ReencodedImage reencode(InputStream content, Runnable beforeDecoding) throws ImageRefused {
        return withSlot(content, beforeDecoding, reencoder::reencode);
    }

    /**
     * The image cut to a square about its centre and re-encoded once per side given, in that order (a profile
     * picture in the sizes pages show it).
     */
    public List<ReencodedImage> squares(InputStream content, Runnable beforeDecoding, int... sides)
            throws ImageRefused {
        return withSlot(content, beforeDecoding, (bytes, format) -> reencoder.squares(bytes, format, sides));
    }

    /**
     * The slot is taken before the file is read: uploads waiting for one hold no bytes in memory, only their temporary
     * files, and one turned away has not used up any allowance.
     */
    private <T> T withSlot(InputStream content, Runnable beforeDecoding, Work<T> work) throws ImageRefused {
        if (!slots.take()) {
            throw new ImageRefused(ImageRefused.Reason.BUSY);
        }
        try {
            byte[] bytes = read(content);
            if (bytes.length == 0) {
                throw new ImageRefused(ImageRefused.Reason.EMPTY);
            }
            if (bytes.length > MAX_UPLOAD_BYTES) {
                throw new ImageRefused(ImageRefused.Reason.SIZE);
            }
            ImageFormat format =
                    ImageFormat.detect(bytes).orElseThrow(() -> new ImageRefused(ImageRefused.Reason.TYPE));
            beforeDecoding.run();
            return work.on(bytes, format);
        } finally {
            slots.release();
        }
    }

    private interface Work<T> {
        T on(byte[] bytes, ImageFormat format) throws ImageRefused;
    }

    private static byte[] read(InputStream content) {
        try {
            return content.readNBytes(MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
