package org.mpscommons.content.images;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded image into the one the site stores: decoded only after its header showed a size we accept, and
 * then only as many of its pixels as fit in memory ({@link DecodePlan}), scaled down, turned upright, and encoded
 * afresh, so that nothing of the original file but its pixels survives: no EXIF (with the phone's GPS position), no
 * XMP, no comments, no ICC profile (colours are converted to sRGB). Its caller holds one of the few
 * {@link DecodingSlots} meanwhile, so what uploads take from memory is bounded however many arrive.
 */
@Component
class ImageReencoder {

    /** Phones take 4000-pixel photos; 2000 pixels is sharp on any reader's screen and a quarter of the bytes. */
    static final int MAX_SIDE = 2000;

    /**
     * Anything larger is refused from its header: a small file can declare a huge image (a decompression bomb), and
     * even when only some of its pixels are kept, every row must be decompressed (about two seconds of CPU here).
     */
    static final long MAX_PIXELS = 40_000_000L;

    /**
     * What one upload's pixels may take while they are decoded and scaled ({@link DecodePlan}): enough for a
     * 12-megapixel phone photo read whole (4032 x 3024 x 3 bytes, and its scaled copies, about 61 MB); larger or
     * deeper images are read a step apart. Two uploads at a time ({@link DecodingSlots}), with their files, then
     * take at most about 170 MB of the 320 MB heap the README recommends, whatever their files declare.
     */
    static final long MAX_PIXEL_BYTES = 64L * 1024 * 1024;

    /** Looks the same as the original to the eye at about half the bytes of the usual 0.95. */
    static final float JPEG_QUALITY = 0.85f;

    ImageReencoder() {
        // ImageIO registers plug-ins (here WebP) from the class loader of whichever thread used it first; scanning
        // once more makes sure those in the application's own jars are known.
        ImageIO.scanForPlugins();
    }

    /** The image as the site stores it: PNG when it has transparency, JPEG otherwise. */
    ReencodedImage reencode(byte[] bytes, ImageFormat format) throws ImageRefused {
        return encoded(upright(bytes, format));
    }

    /**
     * The image cut to a square about its centre (a face is usually there), in each of the given sizes: the
     * largest side first, each scaled from the square, never up (a small upload stays as small as it came).
     */
    List<ReencodedImage> squares(byte[] bytes, ImageFormat format, int... sides) throws ImageRefused {
        BufferedImage square = Pixels.centreSquare(upright(bytes, format));
        List<ReencodedImage> images = new ArrayList<>(sides.length);
        for (int side : sides) {
            images.add(encoded(Pixels.fit(square, side, square.getColorModel().hasAlpha())));
        }
        return images;
    }

    /** Decoded within the memory plan, scaled down to {@link #MAX_SIDE} and turned upright: pixels only. */
    private static BufferedImage upright(byte[] bytes, ImageFormat format) throws ImageRefused {
        int orientation = ExifOrientation.UPRIGHT;
        if (format == ImageFormat.JPEG) {
            JpegSegments segments = JpegSegments.of(bytes);
            if (!segments.complete(bytes)) {
                throw new ImageRefused(ImageRefused.Reason.UNREADABLE);
            }
            orientation = ExifOrientation.of(bytes, segments);
        }
        return Pixels.orient(fitted(bytes, format), orientation);
    }

    private static ReencodedImage encoded(BufferedImage image) {
        ImageFormat stored = image.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG;
        return new ReencodedImage(encode(image, stored), stored, image.getWidth(), image.getHeight());
    }

    /** Decoded and scaled; the decoded pixels are garbage once this returns. */
    private static BufferedImage fitted(byte[] bytes, ImageFormat format) throws ImageRefused {
        BufferedImage decoded = decode(bytes, format);
        return Pixels.fit(decoded, MAX_SIDE, decoded.getColorModel().hasAlpha());
    }

    private static BufferedImage decode(byte[] bytes, ImageFormat format) throws ImageRefused {
        ImageReader reader = first(ImageIO.getImageReadersByFormatName(format.imageIoName), format);
        try (ImageInputStream input = new ImageBytesInput(bytes)) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new ImageRefused(ImageRefused.Reason.PIXELS);
            }
            // The type the reader would choose itself, named so that the plan counts what is really allocated.
            ImageTypeSpecifier type = reader.getImageTypes(0).next();
            DecodePlan plan = DecodePlan.of(
                    width,
                    height,
                    bytesPerPixel(type),
                    format == ImageFormat.WEBP && WebpChunks.hasLosslessPart(bytes));
            if (!plan.fits()) {
                throw new ImageRefused(ImageRefused.Reason.MEMORY);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setDestinationType(type);
            param.setSourceSubsampling(plan.step(), plan.step(), 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException damaged) {
            // Readers meet damaged files with IOExceptions, but also with index and argument errors.
            throw new ImageRefused(ImageRefused.Reason.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /** Bands times the bytes of one sample; a packed pixel (several samples in one int) counts as that int. */
    private static int bytesPerPixel(ImageTypeSpecifier type) {
        SampleModel samples = type.getSampleModel();
        return samples.getNumDataElements() * Math.max(1, DataBuffer.getDataTypeSize(samples.getDataType()) / 8);
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
