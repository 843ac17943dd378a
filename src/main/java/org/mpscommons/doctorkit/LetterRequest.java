package org.mpscommons.doctorkit;

import java.time.LocalDate;
import java.util.List;

/**
 * What the patient answered, as the form's fields carry it: region, diagnosis and treatment ids from
 * {@link Vocabulary}, how long ({@code since}: {@code 0m} for under a month, {@code 6m}, {@code 2y}), each treatment
 * with how it worked, the letter's language (independent of the page's), a note in their own words, and whether the
 * kit showed them the warning signs that apply (the letter says so, for the doctor), and the day it was made (the
 * doctor may read it weeks later).
 */
record LetterRequest(
        List<String> regions,
        String since,
        List<String> diagnoses,
        List<TreatmentTried> treatments,
        String letterLanguage,
        String note,
        boolean signsShown,
        LocalDate written) {

    /** Undated (tests that look at other parts of the letter). */
    LetterRequest(
            List<String> regions,
            String since,
            List<String> diagnoses,
            List<TreatmentTried> treatments,
            String letterLanguage,
            String note,
            boolean signsShown) {
        this(regions, since, diagnoses, treatments, letterLanguage, note, signsShown, null);
    }

    enum Effect {
        BETTER,
        SAME,
        WORSE
    }

    record TreatmentTried(String id, Effect effect) {}
}
