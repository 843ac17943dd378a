package org.mpscommons.doctorkit;

import java.util.Map;

/**
 * The colours of the chart's segments. Each has at least 4.5:1 contrast with white, so that the white percentages
 * written on it are legible and each segment stands out from the page and from its white-edged neighbours (WCAG asks
 * 3:1 of graphics). Colour is never the only difference: each answer also has its own pattern (responses-chart.jte).
 */
final class ChartPalette {

    static final Map<String, String> COLOURS = Map.of(
            "open_treated",
            "#1e6b34",
            "open_referred",
            "#0f5f8a",
            "did_not_know",
            "#8a5300",
            "refused",
            "#a4161a",
            "other",
            "#5b3f8c",
            StatisticsView.HIDDEN,
            "#595959");

    private ChartPalette() {}

    static String colour(String key) {
        String colour = COLOURS.get(key);
        if (colour == null) {
            throw new IllegalArgumentException("No colour for " + key);
        }
        return colour;
    }

    /** WCAG 2 contrast ratio of two colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
