package org.mpscommons.doctorkit;

import java.util.List;

/**
 * The public statistics as the page shows them, in the page's language: each table with its chart. Only published
 * numbers reach this: hidden cells are text that says so, never their count.
 *
 * @param total the number of responses, or null while it is hidden (fewer than 11)
 * @param youngSite while every finer breakdown would be mostly hidden: why, in words; else null
 * @param overall all answers together, one row
 * @param tables by country (where it differs from all answers together), by year, by region, by diagnosis
 */
public record StatisticsPage(
        String total, String youngSite, Table overall, List<Table> tables, List<LegendItem> legend) {

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
     * @param totals the totals row, empty where the table has none (all answers together is one)
     * @param withheld where the table would be mostly hidden numbers: why, in words, shown instead of its chart and
     *     cells (its rows' totals are still listed); else null
     */
    public record Table(
            String id,
            String headingKey,
            String firstColumn,
            List<String> columns,
            List<Row> rows,
            List<Number> totals,
            Number grandTotal,
            String withheld,
            Chart chart) {

        /** Whether any row's total is shown: then a withheld table still lists them. */
        public boolean anyRowTotal() {
            return rows.stream().anyMatch(row -> !row.total().hidden());
        }
    }

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

        /** Whether any bar is drawn: a chart of rows whose totals are all hidden would be words only, so it is left out. */
        public boolean anyDrawn() {
            return bars.stream().anyMatch(Bar::drawn);
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
