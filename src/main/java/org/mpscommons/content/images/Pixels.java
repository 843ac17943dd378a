package org.mpscommons.content.images;

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
        Size target = target(source.getWidth(), source.getHeight(), maxSide);
        Size size = new Size(source.getWidth(), source.getHeight());
        BufferedImage current = source;
        do {
            size = size.halvedTowards(target);
            current = draw(current, size.width(), size.height(), alpha);
        } while (!size.equals(target));
        return current;
    }

    /**
     * The most bytes {@link #fit} holds at once besides its source: each step draws a copy (four bytes a pixel) while
     * the copy before it is still there. Taken in the same steps as {@code fit}, so the two cannot disagree.
     */
    static long fittingBytes(int width, int height, int maxSide) {
        Size target = target(width, height, maxSide);
        Size size = new Size(width, height);
        long previous = 0;
        long most = 0;
        do {
            size = size.halvedTowards(target);
            long copy = 4L * size.width() * size.height();
            most = Math.max(most, previous + copy);
            previous = copy;
        } while (!size.equals(target));
        return most;
    }

    private static Size target(int width, int height, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        return new Size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    private record Size(int width, int height) {

        /** Half as wide and high, but not smaller than the target. */
        Size halvedTowards(Size target) {
            return new Size(Math.max(target.width, width / 2), Math.max(target.height, height / 2));
        }
    }

    /** The largest square about the image's centre, drawn afresh (the whole image when it is square already). */
    static BufferedImage centreSquare(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        if (side == image.getWidth() && side == image.getHeight()) {
            return image;
        }
        BufferedImage square = new BufferedImage(side, side, image.getType());
        Graphics2D g = square.createGraphics();
        try {
            g.drawImage(
                    image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side),
                    0,
                    0,
                    null);
        } finally {
            g.dispose();
        }
        return square;
    }

    /**
     * The image turned upright according to its EXIF orientation (1 to 8); a row at a time, so that it takes the
     * memory of the turned image and one row.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= ExifOrientation.UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> {
                        tx = w - 1 - x;
                        ty = y;
                    } // mirrored
                    case 3 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    } // upside down
                    case 4 -> {
                        tx = x;
                        ty = h - 1 - y;
                    } // mirrored upside down
                    case 5 -> {
                        tx = y;
                        ty = x;
                    } // mirrored, turned
                    case 6 -> {
                        tx = h - 1 - y;
                        ty = x;
                    } // needs a quarter turn clockwise
                    case 7 -> {
                        tx = h - 1 - y;
                        ty = w - 1 - x;
                    } // mirrored, turned the other way
                    default -> {
                        tx = y;
                        ty = w - 1 - x;
                    } // 8: needs a quarter turn anticlockwise
                }
                result.setRGB(tx, ty, row[x]);
            }
        }
        return result;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
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
