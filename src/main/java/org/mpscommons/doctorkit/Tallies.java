package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mpscommons.statistics.Cell;
import org.mpscommons.statistics.LinkedTables;
import org.mpscommons.statistics.PublishedTable;
import org.mpscommons.statistics.SmallCounts;

/**
 * Turns the counts of responses per year, place, diagnosis and answer into the published tables, each of categories ×
 * the five answers: by year of the visit, by region, by diagnosis, and the coarser one by country (Japan as one row,
 * all years together) that still says something when the finer ones would be mostly hidden.
 *
 * <p>The four count the same responses, so they are published as linked tables ({@link LinkedTables}): they share
 * their totals of each answer, Japan's row by country is the sum of its regions' rows, and every other country's row is
 * the same in both place tables. Numbers are hidden across all four together, so that none hidden in one can be worked
 * out from another.
 *
 * <p><b>A young site.</b> With a few dozen answers, most cells of the finer tables would be hidden, and the numbers
 * hidden to protect them would hide the coarse totals too. A table whose cells would be mostly hidden is therefore
 * published as its rows' totals only (how many answers per year, per region…), one table at a time, the most hidden
 * first, until every table left whole says something; the page says why in words. Its cells still count in the sums,
 * so a small one among them stays protected.
 *
 * <p><b>Years, not quarters or months:</b> a count must reach {@value SmallCounts#SMALLEST_SHOWN} to be shown,
 * and a site that hears of a few dozen visits a year would show almost nothing by quarter (a quarter's answers
 * spread over five columns). How doctors respond changes slowly, so years lose little.
 *
 * <p><b>Regions:</b> Japan's eight regions, each a row; then every other country with at least
 * {@value SmallCounts#SMALLEST_SHOWN} responses, each a row; countries with fewer, and "another country", share
 * one row, "other countries", so that a country with a handful of answers does not become a row of hidden cells.
 *
 * <p>A category nobody answered for is left out of its table.
 */
final class Tallies {

    /** The diagnosis answer "no diagnosis, or I don't know". */
    static final String NO_DIAGNOSIS = "none";

    enum Kind {
        YEAR,
        JAPAN_REGION,
        COUNTRY,
        OTHER_COUNTRIES,
        DIAGNOSIS
    }

    /** A row of a table: a year, a region of Japan, a country, the other countries together, or a diagnosis. */
    record Category(Kind kind, String id) {}

    /** Responses counted by the year of the visit, its place, the diagnosis and the answer. */
    record Count(int year, String country, String prefecture, String diagnosis, String response, long responses) {}

    /** One published table: its rows, the five answers as its columns, and the numbers as they may be shown. */
    record Tally(String id, List<Category> rows, PublishedTable table) {}

    /**
     * @param byCountry the coarse table: all years together, Japan as one row
     */
    record Statistics(Tally byYear, Tally byRegion, Tally byDiagnosis, Tally byCountry) {

        /** Every table, in the order of the downloads. */
        List<Tally> all() {
            return List.of(byYear, byRegion, byDiagnosis, byCountry);
        }

        /** The finer breakdowns, which a young site cannot show yet. */
        List<Tally> breakdowns() {
            return List.of(byYear, byRegion, byDiagnosis);
        }

        /** Every table counts every response once, so they share their grand total. */
        Cell total() {
            return byYear.table().grandTotal();
        }

        /** All responses by answer, all years and places together: the totals row every table shares. */
        PublishedTable overall() {
            return byYear.table();
        }
    }

    /** The order the tables are added in. */
    private static final int REGION_TABLE = 1;

    private static final int COUNTRY_TABLE = 3;

    private Tallies() {}

    static Statistics of(List<Count> counts, Places places, Vocabulary vocabulary) {
        List<Count> known = counts.stream()
                .filter(count -> ResponseType.fromId(count.response()).isPresent())
                .toList();
        Map<Category, long[]> years = byYear(known);
        Map<Category, long[]> regions = byRegion(known, places);
        Map<Category, long[]> diagnoses = byDiagnosis(known, vocabulary);
        Map<Category, long[]> countries = byCountry(regions);
        List<Category> yearRows = rows(years);
        List<Category> regionRows = rows(regions);
        List<Category> diagnosisRows = rows(diagnoses);
        List<Category> countryRows = rows(countries);
        Set<Integer> totalsOnly = new HashSet<>();
        while (true) {
            LinkedTables linked = new LinkedTables(columns());
            add(linked, years, yearRows);
            add(linked, regions, regionRows);
            add(linked, diagnoses, diagnosisRows);
            add(linked, countries, countryRows);
            link(linked, countryRows, regionRows);
            totalsOnly.forEach(linked::publishTotalsOnly);
            List<PublishedTable> tables = linked.publish();
            int next = mostHidden(tables);
            if (next < 0) {
                return new Statistics(
                        new Tally("by_year", yearRows, tables.get(0)),
                        new Tally("by_region", regionRows, tables.get(REGION_TABLE)),
                        new Tally("by_diagnosis", diagnosisRows, tables.get(2)),
                        new Tally("by_country", countryRows, tables.get(COUNTRY_TABLE)));
            }
            totalsOnly.add(next);
        }
    }

    /**
     * The table whose cells would be mostly hidden with the least of its answers shown, to publish as its rows' totals
     * only; -1 when none is left. One at a time, since each frees numbers that were hidden only to protect its cells,
     * and another table may then say enough.
     */
    private static int mostHidden(List<PublishedTable> tables) {
        int worst = -1;
        double worstShare = Double.MAX_VALUE;
        for (int t = 0; t < tables.size(); t++) {
            PublishedTable table = tables.get(t);
            if (!table.totalsOnly() && table.rows() > 0 && table.mostlyHidden()) {
                double share = shownShare(table);
                if (share < worstShare) {
                    worst = t;
                    worstShare = share;
                }
            }
        }
        return worst;
    }

    /** The share of the table's answers in shown cells (0 while its grand total is hidden). */
    private static double shownShare(PublishedTable table) {
        Cell all = table.grandTotal();
        if (all.hidden() || all.value() == 0) {
            return 0;
        }
        long shown = 0;
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                Cell cell = table.cell(r, c);
                shown += cell.hidden() ? 0 : cell.value();
            }
        }
        return (double) shown / all.value();
    }

    private static Map<Category, long[]> byYear(List<Count> counts) {
        Map<Integer, long[]> rows = new TreeMap<>();
        counts.forEach(count -> add(rows.computeIfAbsent(count.year(), year -> new long[columns()]), count));
        Map<Category, long[]> categories = new LinkedHashMap<>();
        rows.forEach((year, cells) -> categories.put(new Category(Kind.YEAR, Integer.toString(year)), cells));
        return categories;
    }

    private static Map<Category, long[]> byRegion(List<Count> counts, Places places) {
        Map<String, long[]> japan = new LinkedHashMap<>();
        Places.REGIONS.forEach(region -> japan.put(region, new long[columns()]));
        Map<String, long[]> countries = new LinkedHashMap<>();
        places.countries().keySet().forEach(country -> countries.put(country, new long[columns()]));
        long[] elsewhere = new long[columns()];
        for (Count count : counts) {
            String region = Places.JAPAN.equals(count.country())
                    ? places.prefecture(count.prefecture())
                            .map(Places.Place::region)
                            .orElse(null)
                    : null;
            if (region != null) {
                add(japan.get(region), count);
            } else if (countries.containsKey(count.country()) && !Places.JAPAN.equals(count.country())) {
                add(countries.get(count.country()), count);
            } else {
                // "Another country", or a place no longer in the lists.
                add(elsewhere, count);
            }
        }
        Map<Category, long[]> categories = new LinkedHashMap<>();
        japan.forEach((region, cells) -> categories.put(new Category(Kind.JAPAN_REGION, region), cells));
        countries.forEach((country, cells) -> {
            if (country.equals(Places.OTHER_COUNTRY) || sum(cells) < SmallCounts.SMALLEST_SHOWN) {
                for (int c = 0; c < cells.length; c++) {
                    elsewhere[c] += cells[c];
                }
            } else if (!country.equals(Places.JAPAN)) {
                categories.put(new Category(Kind.COUNTRY, country), cells);
            }
        });
        categories.put(new Category(Kind.OTHER_COUNTRIES, Places.OTHER_COUNTRY), elsewhere);
        return categories;
    }

    /** Japan as one row, the sum of its regions; the other rows as by region. */
    private static Map<Category, long[]> byCountry(Map<Category, long[]> regions) {
        Map<Category, long[]> categories = new LinkedHashMap<>();
        long[] japan = new long[columns()];
        categories.put(new Category(Kind.COUNTRY, Places.JAPAN), japan);
        regions.forEach((category, cells) -> {
            if (category.kind() == Kind.JAPAN_REGION) {
                for (int c = 0; c < cells.length; c++) {
                    japan[c] += cells[c];
                }
            } else {
                categories.put(category, cells.clone());
            }
        });
        return categories;
    }

    private static Map<Category, long[]> byDiagnosis(List<Count> counts, Vocabulary vocabulary) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        vocabulary.diagnoses().keySet().forEach(diagnosis -> rows.put(diagnosis, new long[columns()]));
        rows.put(NO_DIAGNOSIS, new long[columns()]);
        // A diagnosis later removed from the list keeps its own row, after the others.
        Map<String, long[]> retired = new TreeMap<>();
        for (Count count : counts) {
            long[] cells = rows.containsKey(count.diagnosis())
                    ? rows.get(count.diagnosis())
                    : retired.computeIfAbsent(count.diagnosis(), id -> new long[columns()]);
            add(cells, count);
        }
        rows.putAll(retired);
        Map<Category, long[]> categories = new LinkedHashMap<>();
        rows.forEach((diagnosis, cells) -> categories.put(new Category(Kind.DIAGNOSIS, diagnosis), cells));
        return categories;
    }

    /** The categories somebody answered for: the rows of their table. */
    private static List<Category> rows(Map<Category, long[]> categories) {
        return categories.entrySet().stream()
                .filter(entry -> sum(entry.getValue()) > 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void add(LinkedTables linked, Map<Category, long[]> categories, List<Category> rows) {
        linked.add(rows.stream().map(categories::get).toArray(long[][]::new));
    }

    /** The table by country (added fourth) against the table by region (second): Japan, and the rows both have. */
    private static void link(LinkedTables linked, List<Category> countryRows, List<Category> regionRows) {
        List<Integer> japan = new ArrayList<>();
        for (int r = 0; r < regionRows.size(); r++) {
            if (regionRows.get(r).kind() == Kind.JAPAN_REGION) {
                japan.add(r);
            }
        }
        for (int row = 0; row < countryRows.size(); row++) {
            Category category = countryRows.get(row);
            if (category.kind() == Kind.COUNTRY && category.id().equals(Places.JAPAN)) {
                linked.rowIsSum(
                        COUNTRY_TABLE,
                        row,
                        REGION_TABLE,
                        japan.stream().mapToInt(Integer::intValue).toArray());
            } else {
                linked.sameRow(COUNTRY_TABLE, row, REGION_TABLE, regionRows.indexOf(category));
            }
        }
    }

    private static void add(long[] cells, Count count) {
        cells[ResponseType.fromId(count.response()).orElseThrow().ordinal()] += count.responses();
    }

    private static long sum(long[] cells) {
        long sum = 0;
        for (long n : cells) {
            sum += n;
        }
        return sum;
    }

    private static int columns() {
        return ResponseType.values().length;
    }
}
