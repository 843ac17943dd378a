package org.mpscommons.doctorkit;

import java.util.List;

/**
 * What the patient answered, as the form's fields carry it: region, diagnosis and treatment ids from
 * {@link Vocabulary}, how long ({@code since}: {@code 0m} for under a month, {@code 6m}, {@code 2y}), each treatment
 * with how it worked, the letter's language (independent of the page's), a note in their own words, and whether the
 * kit showed them the warning signs that apply (the letter says so, for the doctor).
 */
record LetterRequest(
        List<String> regions,
        String since,
        List<String> diagnoses,
        List<TreatmentTried> treatments,
        String letterLanguage,
        String note,
        boolean signsShown) {

    enum Effect {
        BETTER,
        SAME,
        WORSE
    }

    record TreatmentTried(String id, Effect effect) {}
}
