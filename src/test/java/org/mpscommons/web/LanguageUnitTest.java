package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageUnitTest {

    @Test
    void readsTheLanguageFromThePathsFirstSegmentOnly() {
        assertThat(Language.ofPath("/ja/about")).contains(Language.JA);
        assertThat(Language.ofPath("/en/")).contains(Language.EN);
        assertThat(Language.ofPath("/en")).contains(Language.EN);
        assertThat(Language.ofPath("/EN/")).isEmpty();
        assertThat(Language.ofPath("/japan/")).isEmpty();
        assertThat(Language.ofPath("/actuator/health")).isEmpty();
        assertThat(Language.ofPath(null)).isEmpty();
    }

    @Test
    void theSwitchOnlyEverLeadsToThisSiteInTheChosenLanguage() {
        assertThat(LanguageController.safeTarget(Language.JA, "/ja/about")).isEqualTo("/ja/about");
        assertThat(LanguageController.safeTarget(Language.JA, "/ja")).isEqualTo("/ja");
        assertThat(LanguageController.safeTarget(Language.JA, "/en/about")).isEqualTo("/ja/");
        assertThat(LanguageController.safeTarget(Language.JA, "/japan")).isEqualTo("/ja/");
        assertThat(LanguageController.safeTarget(Language.JA, null)).isEqualTo("/ja/");
        assertThat(LanguageController.safeTarget(Language.JA, "/ja/\r\nSet-Cookie: x"))
                .isEqualTo("/ja/");
    }
}
