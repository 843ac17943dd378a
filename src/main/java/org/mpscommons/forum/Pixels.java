package org.mpscommons.forum;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scaling and turning decoded images; each step draws into a fresh image, so nothing but pixels carries over. */
final class Pixels {

    private Pixels() {}

    /**
     * The image scaled down (never up) so that its longest side is at most {@code maxSide}, as plain RGB or ARGB.
     * Scales in halving steps: one bilinear step from a much larger image skips pixels and looks jagged.
     */
    static BufferedImage fit(BufferedImage source, int maxSide, boolean alpha) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = source;
        do {
            width = Math.max(targetWidth, width / 2);
            height = Math.max(targetHeight, height / 2);
            current = draw(current, width, height, alpha);
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    /** The image turned upright according to its EXIF orientation (1 to 8). */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= ExifOrientation.UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        int[] source = image.getRGB(0, 0, w, h, null, 0, w);
        int[] target = new int[source.length];
        int targetWidth = result.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }          // mirrored
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }  // upside down
                    case 4 -> { tx = x; ty = h - 1 - y; }          // mirrored upside down
                    case 5 -> { tx = y; ty = x; }                  // mirrored, turned
                    case 6 -> { tx = h - 1 - y; ty = x; }          // needs a quarter turn clockwise
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }  // mirrored, turned the other way
                    default -> { tx = y; ty = w - 1 - x; }         // 8: needs a quarter turn anticlockwise
                }
                target[ty * targetWidth + tx] = source[y * w + x];
            }
        }
        result.setRGB(0, 0, result.getWidth(), result.getHeight(), target, 0, targetWidth);
        return result;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
