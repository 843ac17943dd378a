package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private final DateFormats tokyo = new DateFormats(ZoneId.of("Asia/Tokyo"));

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2026, 3, 4);
        assertThat(tokyo.date(date, Language.EN)).isEqualTo("4 March 2026");
        assertThat(tokyo.date(date, Language.JA)).isEqualTo("2026年3月4日");
    }

    @Test
    void storedUtcTimesAreShownInTheSitesZone() {
        // 23:30 UTC on 31 December is already New Year's Day in Tokyo.
        Instant instant = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(tokyo.dateTime(instant, Language.JA)).isEqualTo("2027年1月1日 8:30");
        assertThat(tokyo.dateTime(instant, Language.EN)).isEqualTo("1 January 2027, 08:30");
        assertThat(tokyo.isoDateTime(instant)).isEqualTo("2027-01-01T08:30:00+09:00");
        assertThat(new DateFormats(ZoneId.of("UTC")).dateTime(instant, Language.EN))
                .isEqualTo("31 December 2026, 23:30");
    }
}
