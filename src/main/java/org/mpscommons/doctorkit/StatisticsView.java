package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mpscommons.web.Language;

/** Builds the statistics page's view (tables, bars, legend) in one language from the published tables. */
final class StatisticsView {

    /** A segment narrower than this share of its bar gets no percentage written on it (the text would not fit). */
    static final double LABELLED_SHARE = 0.12;

    static final String HIDDEN = "hidden";

    private final Labels labels;
    private final Language language;

    StatisticsView(Labels labels, Language language) {
        this.labels = labels;
        this.language = language;
    }

    StatisticsPage of(Tallies.Statistics statistics) {
        SuppressedTable.Cell total = statistics.total();
        List<StatisticsPage.Table> tables = new ArrayList<>();
        for (Tallies.Tally tally : statistics.all()) {
            tables.add(table(tally));
        }
        List<StatisticsPage.LegendItem> legend = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            legend.add(new StatisticsPage.LegendItem(type.id(), labels.response(type)));
        }
        legend.add(new StatisticsPage.LegendItem(HIDDEN, labels.text("doctorkit.responses.hidden.legend")));
        boolean enough = !total.hidden() && total.value() > 0;
        return new StatisticsPage(enough ? number(total.value()) : null, tables, legend);
    }

    private StatisticsPage.Table table(Tallies.Tally tally) {
        SuppressedTable table = tally.table();
        List<String> columns = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            columns.add(labels.response(type));
        }
        List<StatisticsPage.Row> rows = new ArrayList<>();
        List<StatisticsPage.Bar> bars = new ArrayList<>();
        String chartId = "chart-" + tally.id().replace('_', '-');
        for (int r = 0; r < table.rows(); r++) {
            String name = labels.category(tally.rows().get(r));
            List<StatisticsPage.Number> cells = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                cells.add(shown(table.cell(r, c)));
            }
            rows.add(new StatisticsPage.Row(name, cells, shown(table.rowTotal(r))));
            bars.add(bar(chartId + "-" + r, name, table, r));
        }
        List<StatisticsPage.Number> totals = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            totals.add(shown(table.columnTotal(c)));
        }
        return new StatisticsPage.Table(
                tally.id(),
                "doctorkit.responses." + tally.id() + ".heading",
                labels.text("doctorkit.responses." + tally.id() + ".column"),
                columns,
                rows,
                totals,
                shown(table.grandTotal()),
                new StatisticsPage.Chart(chartId, bars));
    }

    /**
     * One row as shares of its total. The hidden cells together are drawn as one segment: their sum is the shown total
     * minus the shown cells, which the table already tells (and which SuppressedTable keeps at 11 or more).
     */
    private StatisticsPage.Bar bar(String id, String name, SuppressedTable table, int row) {
        SuppressedTable.Cell total = table.rowTotal(row);
        if (total.hidden()) {
            String reason = labels.text("doctorkit.responses.chart.tooFew", SuppressedTable.SMALLEST_SHOWN);
            return new StatisticsPage.Bar(id, name, reason, name + ": " + reason, List.of());
        }
        long all = total.value();
        List<StatisticsPage.Segment> segments = new ArrayList<>();
        List<String> words = new ArrayList<>();
        long shownSum = 0;
        double x = 0;
        for (int c = 0; c < table.columns(); c++) {
            SuppressedTable.Cell cell = table.cell(row, c);
            if (!cell.hidden()) {
                shownSum += cell.value();
                ResponseType type = ResponseType.values()[c];
                x = segment(segments, words, type.id(), labels.response(type), cell.value(), all, x);
            }
        }
        if (all > shownSum) {
            segment(segments, words, HIDDEN, labels.text("doctorkit.responses.hidden.legend"), all - shownSum, all, x);
        }
        String count = labels.text("doctorkit.responses.chart.count", number(all));
        String description = labels.text(
                "doctorkit.responses.chart.bar", name, count, String.join(language == Language.JA ? "、" : ", ", words));
        return new StatisticsPage.Bar(id, name, count, description, segments);
    }

    private double segment(
            List<StatisticsPage.Segment> segments,
            List<String> words,
            String key,
            String name,
            long value,
            long all,
            double x) {
        if (value == 0) {
            return x;
        }
        double share = (double) value / all;
        long percent = Math.round(share * 100);
        words.add(labels.text("doctorkit.responses.chart.share", name, percent));
        segments.add(new StatisticsPage.Segment(
                key,
                percent(x),
                percent(share),
                percent(x + share / 2),
                share >= LABELLED_SHARE ? percent + "%" : null));
        return x + share;
    }

    private StatisticsPage.Number shown(SuppressedTable.Cell cell) {
        return cell.hidden()
                ? new StatisticsPage.Number(labels.text("doctorkit.responses.hidden"), true)
                : new StatisticsPage.Number(number(cell.value()), false);
    }

    private String number(long value) {
        return String.format(language.locale(), "%,d", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.3f%%", share * 100);
    }
}
