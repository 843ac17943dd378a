package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mpscommons.statistics.Cell;
import org.mpscommons.statistics.PublishedTable;
import org.mpscommons.statistics.SmallCounts;
import org.mpscommons.web.Language;

/**
 * Builds the statistics page's view (tables, bars, legend) in one language from the published tables: all answers
 * together first, then by country, then the finer breakdowns. A breakdown whose cells would be mostly hidden numbers
 * is published as its rows' totals only (see {@link Tallies}), and the page says why in words: how many answers there
 * are, and from how many a number is shown.
 */
final class StatisticsView {

    /** A segment narrower than this share of its bar gets no percentage written on it (the text would not fit). */
    static final double LABELLED_SHARE = 0.12;

    static final String HIDDEN = "hidden";

    /** The id of all answers together, for element ids. */
    static final String OVERALL = "overall";

    private final Labels labels;
    private final Language language;

    StatisticsView(Labels labels, Language language) {
        this.labels = labels;
        this.language = language;
    }

    StatisticsPage of(Tallies.Statistics statistics) {
        Cell total = statistics.total();
        boolean enough = !total.hidden() && total.value() > 0;
        String answers = enough ? number(total.value()) : null;
        List<StatisticsPage.Table> tables = new ArrayList<>();
        // By country only where it differs from all answers together: Japan and at least one other row.
        if (statistics.byCountry().rows().size() > 1) {
            tables.add(table(statistics.byCountry(), answers));
        }
        for (Tallies.Tally tally : statistics.breakdowns()) {
            tables.add(table(tally, answers));
        }
        List<StatisticsPage.LegendItem> legend = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            legend.add(new StatisticsPage.LegendItem(type.id(), labels.response(type)));
        }
        legend.add(new StatisticsPage.LegendItem(HIDDEN, labels.text("doctorkit.responses.hidden.legend")));
        boolean young = enough
                && statistics.breakdowns().stream()
                        .allMatch(tally -> tally.table().mostlyHidden());
        String youngSite =
                young ? labels.text("doctorkit.responses.youngSite", answers, SmallCounts.SMALLEST_SHOWN) : null;
        return new StatisticsPage(answers, youngSite, overall(statistics.overall()), tables, legend);
    }

    /** All answers together: the totals row the tables share, as a table of one row without a totals row. */
    private StatisticsPage.Table overall(PublishedTable table) {
        String name = labels.text("doctorkit.responses.overall.row");
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            cells.add(table.columnTotal(c));
        }
        String chartId = "chart-overall";
        StatisticsPage.Row row = new StatisticsPage.Row(name, numbers(cells), shown(table.grandTotal()));
        return new StatisticsPage.Table(
                OVERALL,
                "doctorkit.responses.overall.heading",
                labels.text("doctorkit.responses.overall.column"),
                columns(),
                List.of(row),
                List.of(),
                null,
                null,
                new StatisticsPage.Chart(chartId, List.of(bar(chartId + "-0", name, cells, table.grandTotal()))));
    }

    /**
     * @param answers the number of answers in words, or null while hidden
     */
    private StatisticsPage.Table table(Tallies.Tally tally, String answers) {
        PublishedTable table = tally.table();
        List<StatisticsPage.Row> rows = new ArrayList<>();
        List<StatisticsPage.Bar> bars = new ArrayList<>();
        String chartId = "chart-" + tally.id().replace('_', '-');
        for (int r = 0; r < table.rows(); r++) {
            String name = labels.category(tally.rows().get(r));
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < table.columns() && !table.totalsOnly(); c++) {
                cells.add(table.cell(r, c));
            }
            rows.add(new StatisticsPage.Row(name, numbers(cells), shown(table.rowTotal(r))));
            if (!table.totalsOnly()) {
                bars.add(bar(chartId + "-" + r, name, cells, table.rowTotal(r)));
            }
        }
        List<Cell> totals = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            totals.add(table.columnTotal(c));
        }
        String withheld = table.totalsOnly() && answers != null
                ? labels.text("doctorkit.responses." + tally.id() + ".withheld", answers, SmallCounts.SMALLEST_SHOWN)
                : null;
        return new StatisticsPage.Table(
                tally.id(),
                "doctorkit.responses." + tally.id() + ".heading",
                labels.text("doctorkit.responses." + tally.id() + ".column"),
                columns(),
                rows,
                numbers(totals),
                shown(table.grandTotal()),
                withheld,
                new StatisticsPage.Chart(chartId, bars));
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            columns.add(labels.response(type));
        }
        return columns;
    }

    private List<StatisticsPage.Number> numbers(List<Cell> cells) {
        return cells.stream().map(this::shown).toList();
    }

    /**
     * One row as shares of its total. The hidden cells together are drawn as one segment: their sum is the shown total
     * minus the shown cells, which the table already tells (and which the statistics module keeps at 11 or more).
     */
    private StatisticsPage.Bar bar(String id, String name, List<Cell> cells, Cell total) {
        if (total.hidden()) {
            // Not "fewer than 11": a total may be hidden to protect another, and saying which would narrow it down.
            String reason = labels.text("doctorkit.responses.chart.hiddenTotal");
            return new StatisticsPage.Bar(id, name, reason, name + ": " + reason, List.of());
        }
        long all = total.value();
        List<StatisticsPage.Segment> segments = new ArrayList<>();
        List<String> words = new ArrayList<>();
        long shownSum = 0;
        double x = 0;
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
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

    private StatisticsPage.Number shown(Cell cell) {
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
