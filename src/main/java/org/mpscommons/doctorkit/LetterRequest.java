package org.mpscommons.doctorkit;

import java.util.List;

/**
 * What the patient answered, as the form's fields carry it: region, diagnosis and treatment ids from
 * {@link Vocabulary}, how long ({@code since}: {@code 0m} for under a month, {@code 6m}, {@code 2y}), each treatment
 * with how it worked, the letter's language (independent of the page's), and a note in their own words.
 */
record LetterRequest(List<String> regions, String since, List<String> diagnoses, List<TreatmentTried> treatments,
        String letterLanguage, String note) {

    enum Effect {
        BETTER, SAME, WORSE
    }

    record TreatmentTried(String id, Effect effect) {}
}
