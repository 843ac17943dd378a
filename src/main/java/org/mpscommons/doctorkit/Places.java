package org.mpscommons.doctorkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mpscommons.content.Csv;

/**
 * Where a visit to the doctor took place: a country (doctorkit/countries.csv) and, in Japan, a prefecture
 * (doctorkit/prefectures.csv), which the statistics group into Japan's eight regions.
 */
final class Places {

    static final String JAPAN = "jp";
    static final String OTHER_COUNTRY = "other";

    /** Japan's eight regions in the order atlases list them, north to south; their names are in the messages. */
    static final List<String> REGIONS =
            List.of("hokkaido", "tohoku", "kanto", "chubu", "kinki", "chugoku", "shikoku", "kyushu_okinawa");

    /** A country or a prefecture; {@code region} is the prefecture's region and empty for a country. */
    record Place(String id, String english, String japanese, String region) {

        String name(String language) {
            return "ja".equals(language) ? japanese : english;
        }
    }

    static final Places SHIPPED = new Places(read("countries.csv"), read("prefectures.csv"));

    private final Map<String, Place> countries;
    private final Map<String, Place> prefectures;

    private Places(Map<String, Place> countries, Map<String, Place> prefectures) {
        this.countries = countries;
        this.prefectures = prefectures;
    }

    Map<String, Place> countries() {
        return countries;
    }

    Map<String, Place> prefectures() {
        return prefectures;
    }

    Optional<Place> country(String id) {
        return Optional.ofNullable(id == null ? null : countries.get(id));
    }

    Optional<Place> prefecture(String id) {
        return Optional.ofNullable(id == null ? null : prefectures.get(id));
    }

    /** The prefectures of each region, regions in {@link #REGIONS} order: the groups of the form's list. */
    Map<String, List<Place>> prefecturesByRegion() {
        Map<String, List<Place>> byRegion = new LinkedHashMap<>();
        REGIONS.forEach(region -> byRegion.put(region, new ArrayList<>()));
        prefectures
                .values()
                .forEach(prefecture -> byRegion.get(prefecture.region()).add(prefecture));
        return byRegion;
    }

    private static Map<String, Place> read(String file) {
        try (InputStream in = Places.class.getResourceAsStream("/doctorkit/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String data = text.lines().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
            Map<String, Place> places = new LinkedHashMap<>();
            for (Map<String, String> row : Csv.read(data)) {
                String region = row.getOrDefault("region", "");
                if (!region.isEmpty() && !REGIONS.contains(region)) {
                    throw new IllegalStateException(file + ": unknown region " + region);
                }
                places.put(row.get("id"), new Place(row.get("id"), row.get("name_en"), row.get("name_ja"), region));
            }
            return Collections.unmodifiableMap(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
