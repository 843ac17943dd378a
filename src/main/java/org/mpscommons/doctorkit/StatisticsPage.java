package org.mpscommons.doctorkit;

import java.util.List;

/**
 * The public statistics as the page shows them, in the page's language: each table with its chart. Only published
 * numbers reach this: hidden cells are text that says so, never their count.
 *
 * @param total the number of responses, or null while it is hidden (fewer than 11)
 */
public record StatisticsPage(String total, List<Table> tables, List<LegendItem> legend) {

    /** Whether there is anything to show beyond "not enough responses yet". */
    public boolean enough() {
        return total != null;
    }

    /** A number of the table: its text, and whether it stands for a hidden count. */
    public record Number(String text, boolean hidden) {}

    public record Row(String name, List<Number> cells, Number total) {}

    /**
     * @param id the table's id in the downloads, also used for element ids
     * @param headingKey the message key of its heading
     */
    public record Table(
            String id,
            String headingKey,
            String firstColumn,
            List<String> columns,
            List<Row> rows,
            List<Number> totals,
            Number grandTotal,
            Chart chart) {}

    /** A legend entry: the pattern's key (an answer's id, or "hidden") and its name. */
    public record LegendItem(String key, String name) {}

    /** The table's rows as stacked bars of shares, one small SVG each. */
    public record Chart(String id, List<Bar> bars) {

        /** The id of the pattern that fills an answer's segments in this chart. */
        public String pattern(String key) {
            return id + "-" + key.replace('_', '-');
        }

        public String colour(String key) {
            return ChartPalette.colour(key);
        }
    }

    /**
     * @param count the row's responses in words, or the reason it is not drawn
     * @param description the bar in words, its text alternative
     * @param segments empty when the row's total is hidden (then no bar is drawn)
     */
    public record Bar(String id, String label, String count, String description, List<Segment> segments) {

        public boolean drawn() {
            return !segments.isEmpty();
        }
    }

    /**
     * A part of a bar, placed in percent of the bar's width (so it fits any screen).
     *
     * @param percent its share written on it, or null where the segment is too narrow for the text
     */
    public record Segment(String key, String x, String width, String middle, String percent) {}
}
