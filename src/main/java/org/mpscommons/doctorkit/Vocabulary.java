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
 * The words the kit offers, in both languages: body regions (from the project's trigger-point reference data),
 * diagnoses patients are given, and treatments they try (doctorkit/*.csv). Answers are ids from these lists, so
 * a letter can be written in a language other than the page's.
 */
final class Vocabulary {

    /**
     * One entry; {@code view} is front, back or both for regions and empty otherwise; {@code boxes} are where a region
     * sits on the body figure (none for other terms).
     */
    record Term(String id, String view, String english, String japanese, List<Box> boxes) {

        String name(String language) {
            return "ja".equals(language) ? japanese : english;
        }
    }

    /** A rough tap area on the front or back figure, each a canvas 100 wide and 200 high. */
    record Box(boolean front, int x, int y, int width, int height) {}

    static final Vocabulary SHIPPED =
            new Vocabulary(read("regions.csv", "region_id"), read("diagnoses.csv", "id"), read("treatments.csv", "id"));

    private final Map<String, Term> regions;
    private final Map<String, Term> diagnoses;
    private final Map<String, Term> treatments;

    private Vocabulary(Map<String, Term> regions, Map<String, Term> diagnoses, Map<String, Term> treatments) {
        this.regions = regions;
        this.diagnoses = diagnoses;
        this.treatments = treatments;
    }

    Map<String, Term> regions() {
        return regions;
    }

    Map<String, Term> diagnoses() {
        return diagnoses;
    }

    Map<String, Term> treatments() {
        return treatments;
    }

    Optional<Term> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    Optional<Term> diagnosis(String id) {
        return Optional.ofNullable(diagnoses.get(id));
    }

    Optional<Term> treatment(String id) {
        return Optional.ofNullable(treatments.get(id));
    }

    /** The region's boxes in each view it has, mirrored to the figure's other side unless it is on the midline. */
    private static List<Box> boxes(Map<String, String> row) {
        List<Box> boxes = new ArrayList<>();
        for (String view : List.of("front", "back")) {
            String x1 = row.get(view + "_x1");
            if (x1 == null || x1.isBlank()) {
                continue;
            }
            int left = Integer.parseInt(x1);
            int top = Integer.parseInt(row.get(view + "_y1"));
            int right = Integer.parseInt(row.get(view + "_x2"));
            int bottom = Integer.parseInt(row.get(view + "_y2"));
            boolean front = view.equals("front");
            boxes.add(new Box(front, left, top, right - left, bottom - top));
            if ("paired".equals(row.get("side_mode"))) {
                boxes.add(new Box(front, 100 - right, top, right - left, bottom - top));
            }
        }
        return List.copyOf(boxes);
    }

    private static Map<String, Term> read(String file, String idColumn) {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/doctorkit/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The files open with comment lines saying where the words come from.
            String data = text.lines().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
            Map<String, Term> terms = new LinkedHashMap<>();
            for (Map<String, String> row : Csv.read(data)) {
                terms.put(
                        row.get(idColumn),
                        new Term(
                                row.get(idColumn),
                                row.getOrDefault("view", ""),
                                row.get("name_en"),
                                row.get("name_ja"),
                                boxes(row)));
            }
            return Collections.unmodifiableMap(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
