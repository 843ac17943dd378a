package org.mpscommons.doctorkit;

import java.time.Instant;
import java.util.List;

/** One saved set of answers as the list shows it: when, and the places and diagnoses in the page's language. */
public record SavedLetterView(
        long id, Instant savedAt, List<String> regions, List<String> diagnoses, String letterLanguage) {

    static SavedLetterView of(SavedLetter letter, Vocabulary vocabulary, String language) {
        KitAnswers answers = letter.answers();
        return new SavedLetterView(
                letter.id(),
                letter.createdAt(),
                vocabulary.body().describe(answers.regions(), language),
                answers.diagnoses().stream()
                        .flatMap(id -> vocabulary.diagnosis(id).stream())
                        .map(term -> term.name(language))
                        .toList(),
                answers.letterLanguage());
    }
}
