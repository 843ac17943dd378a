package org.mpscommons.doctorkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mpscommons.body.BodyMap;
import org.mpscommons.body.BodyPlace;
import org.mpscommons.content.Csv;

/**
 * The words the kit offers, in both languages: the places on the body (the shared {@link BodyMap}, sided where a
 * region is paired), diagnoses patients are given, and treatments they try (doctorkit/*.csv). Answers are ids from
 * these lists, so a letter can be written in a language other than the page's.
 */
final class Vocabulary {

    /** One diagnosis or treatment. */
    record Term(String id, String english, String japanese) {

        String name(String language) {
            return "ja".equals(language) ? japanese : english;
        }
    }

    static final Vocabulary SHIPPED =
            new Vocabulary(BodyMap.shipped(), read("diagnoses.csv", "id"), read("treatments.csv", "id"));

    private final BodyMap body;
    private final Map<String, Term> diagnoses;
    private final Map<String, Term> treatments;

    private Vocabulary(BodyMap body, Map<String, Term> diagnoses, Map<String, Term> treatments) {
        this.body = body;
        this.diagnoses = diagnoses;
        this.treatments = treatments;
    }

    BodyMap body() {
        return body;
    }

    /** Every place that can be chosen, sided where paired. */
    java.util.List<String> placeIds() {
        return body.places().stream().map(BodyPlace::id).toList();
    }

    Map<String, Term> diagnoses() {
        return diagnoses;
    }

    Map<String, Term> treatments() {
        return treatments;
    }

    /** A place on the body, sided where its region is paired ({@code temple-right}). */
    Optional<BodyPlace> place(String id) {
        return body.place(id);
    }

    Optional<Term> diagnosis(String id) {
        return Optional.ofNullable(diagnoses.get(id));
    }

    Optional<Term> treatment(String id) {
        return Optional.ofNullable(treatments.get(id));
    }

    private static Map<String, Term> read(String file, String idColumn) {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/doctorkit/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The files open with comment lines saying where the words come from.
            String data = text.lines().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
            Map<String, Term> terms = new LinkedHashMap<>();
            for (Map<String, String> row : Csv.read(data)) {
                terms.put(row.get(idColumn), new Term(row.get(idColumn), row.get("name_en"), row.get("name_ja")));
            }
            return Collections.unmodifiableMap(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
