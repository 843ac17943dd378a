package org.mpscommons.doctorkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.accounts.AccountDataPart;
import org.mpscommons.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member's saved kit answers in "download my data", and their end with the account: they are private health data
 * that nobody else ever saw, so they go whether or not the member keeps their public posts.
 */
@Component
class SavedLetterAccountData implements AccountDataPart {

    private final SavedLetterRepository saved;

    SavedLetterAccountData(SavedLetterRepository saved) {
        this.saved = saved;
    }

    @Override
    public String name() {
        return "doctorKitLetters";
    }

    @Override
    public Object export(long memberId) {
        List<Map<String, Object>> letters = saved.ownedBy(memberId).stream()
                .map(letter -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    KitAnswers answers = letter.answers();
                    row.put("savedAt", letter.createdAt().toString());
                    row.put("regions", answers.regions());
                    row.put("since", answers.since());
                    row.put("diagnoses", answers.diagnoses());
                    row.put("treatments", answers.treatments());
                    row.put("letterLanguage", answers.letterLanguage());
                    row.put("note", answers.note());
                    return row;
                })
                .toList();
        return Map.of("savedLetters", letters);
    }

    @EventListener
    void on(AccountDeleted event) {
        saved.deleteAllOf(event.memberId());
    }
}
