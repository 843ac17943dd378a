package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the counts of responses per year, place, diagnosis and answer into the three published tables, each of
 * categories × the five answers: by year of the visit, by region, by diagnosis.
 *
 * <p><b>Years, not quarters or months:</b> a count must reach {@value SuppressedTable#SMALLEST_SHOWN} to be shown,
 * and a site that hears of a few dozen visits a year would show almost nothing by quarter (a quarter's answers
 * spread over five columns). How doctors respond changes slowly, so years lose little.
 *
 * <p><b>Regions:</b> Japan's eight regions, each a row; then every other country with at least
 * {@value SuppressedTable#SMALLEST_SHOWN} responses, each a row; countries with fewer, and "another country", share
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
    record Tally(String id, List<Category> rows, SuppressedTable table) {}

    record Statistics(Tally byYear, Tally byRegion, Tally byDiagnosis) {

        List<Tally> all() {
            return List.of(byYear, byRegion, byDiagnosis);
        }

        /** Every table counts every response once, so they share their grand total. */
        SuppressedTable.Cell total() {
            return byYear.table().grandTotal();
        }
    }

    private Tallies() {}

    static Statistics of(List<Count> counts, Places places, Vocabulary vocabulary) {
        List<Count> known = counts.stream()
                .filter(count -> ResponseType.fromId(count.response()).isPresent())
                .toList();
        return new Statistics(byYear(known), byRegion(known, places), byDiagnosis(known, vocabulary));
    }

    private static Tally byYear(List<Count> counts) {
        Map<Integer, long[]> rows = new TreeMap<>();
        counts.forEach(count -> add(rows.computeIfAbsent(count.year(), year -> new long[columns()]), count));
        Map<Category, long[]> categories = new LinkedHashMap<>();
        rows.forEach((year, cells) -> categories.put(new Category(Kind.YEAR, Integer.toString(year)), cells));
        return tally("by_year", categories);
    }

    private static Tally byRegion(List<Count> counts, Places places) {
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
            if (country.equals(Places.OTHER_COUNTRY) || sum(cells) < SuppressedTable.SMALLEST_SHOWN) {
                for (int c = 0; c < cells.length; c++) {
                    elsewhere[c] += cells[c];
                }
            } else if (!country.equals(Places.JAPAN)) {
                categories.put(new Category(Kind.COUNTRY, country), cells);
            }
        });
        categories.put(new Category(Kind.OTHER_COUNTRIES, Places.OTHER_COUNTRY), elsewhere);
        return tally("by_region", categories);
    }

    private static Tally byDiagnosis(List<Count> counts, Vocabulary vocabulary) {
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
        return tally("by_diagnosis", categories);
    }

    private static Tally tally(String id, Map<Category, long[]> categories) {
        List<Category> rows = new ArrayList<>();
        List<long[]> cells = new ArrayList<>();
        categories.forEach((category, counts) -> {
            if (sum(counts) > 0) {
                rows.add(category);
                cells.add(counts);
            }
        });
        return new Tally(id, List.copyOf(rows), SuppressedTable.of(cells.toArray(long[][]::new), columns()));
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
