package org.mpscommons.forum;

import org.mpscommons.web.Language;

/** A forum category, named and described in every language. */
public record Category(
        long id,
        String slug,
        String nameEn,
        String nameJa,
        String descriptionEn,
        String descriptionJa,
        int position,
        boolean hasAnswers) {

    public String name(Language language) {
        return language == Language.JA ? nameJa : nameEn;
    }

    public String description(Language language) {
        return language == Language.JA ? descriptionJa : descriptionEn;
    }
}
