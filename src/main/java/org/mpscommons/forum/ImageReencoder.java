package org.mpscommons.forum;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded image into the one the site stores: decoded only after its header showed a size we accept,
 * scaled down, turned upright, and encoded afresh, so that nothing of the original file but its pixels survives: no
 * EXIF (with the phone's GPS position), no XMP, no comments, no ICC profile (colours are converted to sRGB).
 */
@Component
class ImageReencoder {

    /** Phones take 4000-pixel photos; 2000 pixels is sharp on any reader's screen and a quarter of the bytes. */
    static final int MAX_SIDE = 2000;

    /**
     * A 40-megapixel image takes about 160 MB to decode; anything larger is refused from its header, before decoding,
     * since a small file can declare a huge image (a decompression bomb).
     */
    static final long MAX_PIXELS = 40_000_000L;

    /** Looks the same as the original to the eye at about half the bytes of the usual 0.95. */
    static final float JPEG_QUALITY = 0.85f;

    /** Each decoding image may hold ~160 MB: two at a time keep a burst of uploads from exhausting memory. */
    private static final int DECODING_AT_ONCE = 2;

    private final Semaphore decoding = new Semaphore(DECODING_AT_ONCE);

    ImageReencoder() {
        // ImageIO registers plug-ins (here WebP) from the class loader of whichever thread used it first; scanning
        // once more makes sure those in the application's own jars are known.
        ImageIO.scanForPlugins();
    }

    /** The image as the site stores it: PNG when it has transparency, JPEG otherwise. */
    Reencoded reencode(byte[] bytes, ImageFormat format) throws ImageRefused {
        int orientation = ExifOrientation.UPRIGHT;
        if (format == ImageFormat.JPEG) {
            JpegSegments segments = JpegSegments.of(bytes);
            if (!segments.complete(bytes)) {
                throw new ImageRefused(ImageStore.UNREADABLE);
            }
            orientation = ExifOrientation.of(bytes, segments);
        }
        BufferedImage fitted;
        boolean alpha;
        decoding.acquireUninterruptibly();
        try {
            BufferedImage decoded = decode(bytes, format);
            alpha = decoded.getColorModel().hasAlpha();
            fitted = Pixels.fit(decoded, MAX_SIDE, alpha);
        } finally {
            decoding.release();
        }
        BufferedImage upright = Pixels.orient(fitted, orientation);
        ImageFormat stored = alpha ? ImageFormat.PNG : ImageFormat.JPEG;
        return new Reencoded(encode(upright, stored), stored, upright.getWidth(), upright.getHeight());
    }

    /** What {@link #reencode} made: the new file's bytes, its format and its size in pixels. */
    record Reencoded(byte[] bytes, ImageFormat format, int width, int height) {}

    private static BufferedImage decode(byte[] bytes, ImageFormat format) throws ImageRefused {
        ImageReader reader = first(ImageIO.getImageReadersByFormatName(format.imageIoName), format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new ImageRefused(ImageStore.PIXELS);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException damaged) {
            // Readers meet damaged files with IOExceptions, but also with index and argument errors.
            throw new ImageRefused(ImageStore.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encode(BufferedImage image, ImageFormat format) {
        ImageWriter writer = first(ImageIO.getImageWritersByFormatName(format.imageIoName), format);
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            // No metadata is given: the writer adds only what the format itself needs (a JFIF header for JPEG).
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static <T> T first(Iterator<T> plugins, ImageFormat format) {
        if (!plugins.hasNext()) {
            throw new IllegalStateException("No ImageIO plug-in for " + format);
        }
        return plugins.next();
    }
}
