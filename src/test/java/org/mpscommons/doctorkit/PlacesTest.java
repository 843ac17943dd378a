package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The lists the form offers, and the texts the pages look up by id, exist in both languages. */
class PlacesTest {

    @Test
    void japanHas47PrefecturesInEightRegions() {
        assertThat(Places.SHIPPED.prefectures()).hasSize(47);
        assertThat(Places.SHIPPED.prefecture("tokyo").orElseThrow().region()).isEqualTo("kanto");
        assertThat(Places.SHIPPED.prefecture("mie").orElseThrow().region()).isEqualTo("kinki");
        assertThat(Places.SHIPPED.prefecture("okinawa").orElseThrow().japanese())
                .isEqualTo("沖縄県");
        var byRegion = Places.SHIPPED.prefecturesByRegion();
        assertThat(byRegion.keySet()).containsExactlyElementsOf(Places.REGIONS);
        assertThat(byRegion.get("hokkaido")).hasSize(1);
        assertThat(byRegion.get("kanto")).hasSize(7);
        assertThat(byRegion.get("kyushu_okinawa")).hasSize(8);
        assertThat(byRegion.values().stream().mapToInt(java.util.List::size).sum())
                .isEqualTo(47);
    }

    @Test
    void countriesAreLowerCaseCodesWithAnotherCountryLast() {
        assertThat(Places.SHIPPED.countries().keySet())
                .startsWith("jp")
                .endsWith("other")
                .contains("us", "gb", "ca", "au", "nz", "ie", "de", "fr", "kr", "tw", "cn")
                .allMatch(id -> id.equals("other") || id.matches("[a-z]{2}"));
        assertThat(Places.SHIPPED.country("kr").orElseThrow().name("ja")).isEqualTo("韓国");
        assertThat(Vocabulary.SHIPPED.diagnosis(Tallies.NO_DIAGNOSIS)).isEmpty();
    }

    @Test
    void everyTextLookedUpById() throws IOException {
        for (String language : new String[] {"en", "ja"}) {
            Properties messages = new Properties();
            try (var in = new InputStreamReader(
                    PlacesTest.class.getResourceAsStream("/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String region : Places.REGIONS) {
                assertThat(messages).containsKey("doctorkit.responses.region." + region);
            }
            for (ResponseType type : ResponseType.values()) {
                assertThat(messages)
                        .containsKeys(
                                "doctorkit.responses.type." + type.id(),
                                "doctorkit.responses.type." + type.id() + ".short");
            }
            for (String table : new String[] {"by_year", "by_region", "by_diagnosis"}) {
                assertThat(messages)
                        .containsKeys(
                                "doctorkit.responses." + table + ".heading",
                                "doctorkit.responses." + table + ".column");
            }
        }
    }
}
