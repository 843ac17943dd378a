package org.mpscommons.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Dates and times as each language writes them; times are stored in UTC and shown in the site's zone. */
public final class DateFormats {

    private static final Map<Language, DateTimeFormatter> DATE = Map.of(
            Language.EN, DateTimeFormatter.ofPattern("d MMMM yyyy", Language.EN.locale()),
            Language.JA, DateTimeFormatter.ofPattern("uuuu年M月d日", Language.JA.locale()));
    private static final Map<Language, DateTimeFormatter> DATE_TIME = Map.of(
            Language.EN, DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Language.EN.locale()),
            Language.JA, DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Language.JA.locale()));

    private final ZoneId zone;

    public DateFormats(ZoneId zone) {
        this.zone = zone;
    }

    public String date(LocalDate date, Language language) {
        return DATE.get(language).format(date);
    }

    public String dateTime(Instant instant, Language language) {
        return DATE_TIME.get(language).format(instant.atZone(zone));
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String isoDateTime(Instant instant) {
        // HTML allows at most three fractional digits; seconds are precise enough for people.
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
