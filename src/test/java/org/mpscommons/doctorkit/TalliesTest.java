package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.doctorkit.Tallies.Category;
import org.mpscommons.doctorkit.Tallies.Count;
import org.mpscommons.doctorkit.Tallies.Kind;
import org.mpscommons.statistics.PublishedTable;

/** The three published tables: years, Japan's regions and countries (small ones merged), diagnoses. */
class TalliesTest {

    private static Count count(int year, String country, String prefecture, String diagnosis, String response, long n) {
        return new Count(year, country, prefecture, diagnosis, response, n);
    }

    private static Tallies.Statistics of(List<Count> counts) {
        return Tallies.of(counts, Places.SHIPPED, Vocabulary.SHIPPED);
    }

    @Test
    void yearsAreRowsInOrderAndAnswersAreColumns() {
        Tallies.Statistics statistics = of(List.of(
                count(2024, "jp", "tokyo", "sciatica", "refused", 12),
                count(2019, "jp", "osaka", "sciatica", "open_treated", 20),
                count(2024, "us", null, "none", "refused", 30)));
        Tallies.Tally years = statistics.byYear();
        assertThat(years.rows()).containsExactly(new Category(Kind.YEAR, "2019"), new Category(Kind.YEAR, "2024"));
        assertThat(years.table().cell(1, ResponseType.REFUSED.ordinal()).value())
                .isEqualTo(42);
        assertThat(years.table().cell(0, ResponseType.OPEN_TREATED.ordinal()).value())
                .isEqualTo(20);
        assertThat(statistics.total().value()).isEqualTo(62);
    }

    @Test
    void japanIsCountedByRegionAndSmallCountriesShareARow() {
        List<Count> counts = new ArrayList<>();
        counts.add(count(2024, "jp", "tokyo", "sciatica", "refused", 12));
        counts.add(count(2024, "jp", "kanagawa", "sciatica", "refused", 3));
        counts.add(count(2024, "jp", "okinawa", "sciatica", "did_not_know", 15));
        counts.add(count(2024, "us", null, "sciatica", "open_treated", 11));
        counts.add(count(2024, "gb", null, "sciatica", "other", 10));
        counts.add(count(2024, "de", null, "sciatica", "other", 4));
        counts.add(count(2024, "other", null, "sciatica", "other", 2));
        Tallies.Tally regions = of(counts).byRegion();
        assertThat(regions.rows())
                .containsExactly(
                        new Category(Kind.JAPAN_REGION, "kanto"),
                        new Category(Kind.JAPAN_REGION, "kyushu_okinawa"),
                        new Category(Kind.COUNTRY, "us"),
                        new Category(Kind.OTHER_COUNTRIES, "other"));
        PublishedTable table = regions.table();
        assertThat(table.rowTotal(0).value()).isEqualTo(15);
        // The United Kingdom (10) and Germany (4) are below 11, so they join "another country" (2).
        assertThat(table.rowTotal(3).value()).isEqualTo(16);
    }

    @Test
    void byCountryJapanIsOneRowAndTheOtherRowsAreThoseByRegion() {
        List<Count> counts = new ArrayList<>();
        counts.add(count(2024, "jp", "tokyo", "sciatica", "refused", 12));
        counts.add(count(2023, "jp", "okinawa", "sciatica", "refused", 15));
        counts.add(count(2024, "us", null, "sciatica", "open_treated", 11));
        counts.add(count(2024, "de", null, "sciatica", "other", 4));
        Tallies.Statistics statistics = of(counts);
        Tallies.Tally countries = statistics.byCountry();
        assertThat(countries.id()).isEqualTo("by_country");
        assertThat(countries.rows())
                .containsExactly(
                        new Category(Kind.COUNTRY, "jp"),
                        new Category(Kind.COUNTRY, "us"),
                        new Category(Kind.OTHER_COUNTRIES, "other"));
        assertThat(countries.table().cell(0, ResponseType.REFUSED.ordinal()).value())
                .isEqualTo(27);
        // Germany's 4 is hidden, in both place tables alike, and so is what would give it away.
        Tallies.Tally regions = statistics.byRegion();
        assertThat(countries.table().rowTotal(2)).isEqualTo(regions.table().rowTotal(3));
        assertThat(countries.table().rowTotal(2).hidden()).isTrue();
        assertThat(statistics.all())
                .extracting(Tallies.Tally::id)
                .containsExactly("by_year", "by_region", "by_diagnosis", "by_country");
    }

    @Test
    void diagnosesFollowTheKitsListThenNoDiagnosis() {
        Tallies.Tally diagnoses = of(List.of(
                        count(2024, "jp", "tokyo", "none", "refused", 12),
                        count(2024, "jp", "tokyo", "fibromyalgia", "refused", 12),
                        count(2024, "jp", "tokyo", "sciatica", "refused", 12),
                        count(2024, "jp", "tokyo", "a_retired_diagnosis", "refused", 12)))
                .byDiagnosis();
        assertThat(diagnoses.rows())
                .extracting(Category::id)
                .containsExactly("sciatica", "fibromyalgia", "none", "a_retired_diagnosis");
    }

    @Test
    void noResponsesMakeEmptyTables() {
        Tallies.Statistics statistics = of(List.of());
        for (Tallies.Tally tally : statistics.all()) {
            assertThat(tally.rows()).isEmpty();
            assertThat(tally.table().isEmpty()).isTrue();
        }
        assertThat(statistics.total().value()).isZero();
    }

    @Test
    void everyTableCountsEveryResponseOnce() {
        List<Count> counts = List.of(
                count(2021, "jp", "hokkaido", "sciatica", "open_referred", 25),
                count(2022, "ca", null, "low_back_pain", "did_not_know", 40),
                count(2023, "other", null, "none", "other", 13));
        Tallies.Statistics statistics = of(counts);
        for (Tallies.Tally tally : statistics.all()) {
            assertThat(tally.table().grandTotal().value()).isEqualTo(78);
        }
    }
}
