package org.mpscommons.doctorkit;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;

/** The names of what the responses record, in one language: for the pages and the downloads. */
final class Labels {

    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Language.EN.locale());
    private static final DateTimeFormatter MONTH_JA = DateTimeFormatter.ofPattern("uuuu年M月", Language.JA.locale());

    private final Messages messages;
    private final Language language;

    Labels(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A diagnosis from the kit's list, "no diagnosis", or the id of one no longer in the list. */
    String diagnosis(String id) {
        if (Tallies.NO_DIAGNOSIS.equals(id)) {
            return messages.get("doctorkit.responses.diagnosis.none");
        }
        return Vocabulary.SHIPPED
                .diagnosis(id)
                .map(term -> term.name(language.code()))
                .orElse(id);
    }

    /** The answer's short name, for table headings and the legend. */
    String response(ResponseType type) {
        return messages.get("doctorkit.responses.type." + type.id() + ".short");
    }

    /** The answer in full, as the form offers it. */
    String responseInFull(ResponseType type) {
        return messages.get("doctorkit.responses.type." + type.id());
    }

    String country(String id) {
        return Places.SHIPPED
                .country(id)
                .map(place -> place.name(language.code()))
                .orElse(id);
    }

    /** The country, and in Japan the prefecture. */
    String place(String country, String prefecture) {
        return Places.SHIPPED
                .prefecture(prefecture)
                .map(place -> messages.get("doctorkit.responses.inJapan", place.name(language.code())))
                .orElseGet(() -> country(country));
    }

    /** One of Japan's eight regions. */
    String region(String id) {
        return messages.get("doctorkit.responses.region." + id);
    }

    String month(YearMonth month) {
        return (language == Language.JA ? MONTH_JA : MONTH_EN).format(month);
    }

    String category(Tallies.Category category) {
        return switch (category.kind()) {
            case YEAR -> category.id();
            case JAPAN_REGION -> region(category.id());
            case COUNTRY -> country(category.id());
            case OTHER_COUNTRIES -> messages.get("doctorkit.responses.otherCountries");
            case DIAGNOSIS -> diagnosis(category.id());
        };
    }
}
