package org.mpscommons.content.images;

/**
 * How an image will be decoded, worked out from its header before a single pixel is: which pixels to read (every
 * {@code step}th one across and down, ImageIO's source subsampling) and how many bytes its pixels then take while
 * they are decoded and scaled. Reading every pixel of a large image only to scale it down afterwards is what let a
 * 300 KB file take 318 MB.
 *
 * @param step read every step-th pixel across and down; 1 reads them all
 * @param bytes what the pixels take at most: those decoded (width x height x bands x bytes per sample) and the
 *     scaled copies made from them
 */
record DecodePlan(int step, long bytes) {

    /**
     * The plan for an image of this size: every pixel when that fits {@link ImageReencoder#MAX_PIXEL_BYTES} (a
     * 12-megapixel phone photo does, and is scaled down smoothly from all its pixels), else the smallest step that
     * fits. A step reads single pixels without blending them, so it is taken only when memory asks for it.
     *
     * @param bytesPerPixel what the reader stores for one pixel: bands times the bytes of one sample (a 16-bit RGBA
     *     PNG takes 8)
     * @param readsWholeImage true when the reader decodes every pixel whatever it is asked to keep, into a scratch
     *     copy of four bytes a pixel: no step then saves memory
     */
    static DecodePlan of(int width, int height, int bytesPerPixel, boolean readsWholeImage) {
        if (readsWholeImage) {
            return new DecodePlan(1, bytes(width, height, 1, bytesPerPixel + 4));
        }
        int step = 1;
        while (bytes(width, height, step, bytesPerPixel) > ImageReencoder.MAX_PIXEL_BYTES
                && step < Math.max(width, height)) {
            step++;
        }
        return new DecodePlan(step, bytes(width, height, step, bytesPerPixel));
    }

    /** Whether the pixels stay within {@link ImageReencoder#MAX_PIXEL_BYTES}. */
    boolean fits() {
        return bytes <= ImageReencoder.MAX_PIXEL_BYTES;
    }

    private static long bytes(int width, int height, int step, int bytesPerPixel) {
        int decodedWidth = ceilDiv(width, step);
        int decodedHeight = ceilDiv(height, step);
        return (long) decodedWidth * decodedHeight * bytesPerPixel
                + Pixels.fittingBytes(decodedWidth, decodedHeight, ImageReencoder.MAX_SIDE);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
