package org.mpscommons.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * The figure's outline, drawn for this site in the reference data's frame (100 wide, 200 high, top of the head at 0,
 * soles at 200, midline at 50; about eight heads tall, arms a little away from the body, palms forward): the viewer's
 * left half as points, mirrored for the right and joined by smooth curves, so the two halves match exactly.
 */
@NamedInterface("api")
public final class BodyOutline {

    /** From the top of the head down the viewer's left side, around the hand and the foot, up to the crotch. */
    private static final double[][] LEFT_HALF = {
        {50, 0},
        {45, 0.8},
        {41.6, 3.4},
        {39.9, 7.6},
        {39.6, 12},
        {40.4, 16.4},
        {42.2, 20.2},
        {44.6, 23},
        {45.6, 25},
        {45.2, 27.6},
        {42, 29.6},
        {36, 31},
        {29.5, 32.2},
        {24.5, 33.4},
        {21, 35.6},
        {19.2, 39.5},
        {18.4, 44.5},
        {17, 52},
        {15.4, 59.5},
        {12.8, 66},
        {10.8, 74},
        {9.2, 82},
        {8.2, 89},
        {5.6, 94},
        {3.9, 99.5},
        {4.4, 104.5},
        {6.6, 108},
        {8.4, 112.6},
        {11, 115.6},
        {14.2, 115.4},
        {17.4, 113},
        {19.8, 108.5},
        {20.6, 102.5},
        {19.9, 96.5},
        {20.7, 89.5},
        {22.6, 80},
        {24.2, 71.5},
        {25.2, 65},
        {25.9, 57},
        {26.4, 49.5},
        {27.2, 45.2},
        {27.6, 52},
        {28.9, 61},
        {30.8, 69.5},
        {31.4, 76.5},
        {30.2, 84},
        {28.3, 92.5},
        {27.9, 100},
        {28.6, 107},
        {29.6, 116},
        {31.2, 125},
        {33.4, 132.5},
        {34, 139},
        {34.5, 146},
        {34.4, 156},
        {35, 166},
        {36, 176},
        {36.6, 183.5},
        {35.4, 188.5},
        {33.9, 192.5},
        {33.6, 197},
        {35.2, 199.8},
        {43.8, 200},
        {47.6, 199},
        {48.4, 195.8},
        {46.6, 190},
        {46, 184},
        {47, 176},
        {48, 165},
        {48.1, 153},
        {47.6, 145.5},
        {48.8, 138.5},
        {49.2, 132},
        {49.5, 121},
        {49.8, 110},
        {50, 103}
    };

    private static final String PATH = draw();

    private BodyOutline() {}

    /** The SVG path data of the whole outline. */
    public static String path() {
        return PATH;
    }

    private static String draw() {
        List<double[]> points = new ArrayList<>(List.of(LEFT_HALF));
        for (int i = LEFT_HALF.length - 2; i > 0; i--) {
            points.add(new double[] {100 - LEFT_HALF[i][0], LEFT_HALF[i][1]});
        }
        // A closed Catmull-Rom curve through the points, written as cubic Béziers.
        StringBuilder d = new StringBuilder();
        int n = points.size();
        d.append(String.format(Locale.ROOT, "M%.1f %.1f", points.get(0)[0], points.get(0)[1]));
        for (int i = 0; i < n; i++) {
            double[] p0 = points.get((i - 1 + n) % n);
            double[] p1 = points.get(i);
            double[] p2 = points.get((i + 1) % n);
            double[] p3 = points.get((i + 2) % n);
            d.append(String.format(
                    Locale.ROOT,
                    "C%.1f %.1f %.1f %.1f %.1f %.1f",
                    p1[0] + (p2[0] - p0[0]) / 6,
                    p1[1] + (p2[1] - p0[1]) / 6,
                    p2[0] - (p3[0] - p1[0]) / 6,
                    p2[1] - (p3[1] - p1[1]) / 6,
                    p2[0],
                    p2[1]));
        }
        return d.append('Z').toString();
    }
}
