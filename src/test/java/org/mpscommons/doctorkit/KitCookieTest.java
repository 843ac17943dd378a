package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The kit's answers between steps: sealed so that nobody can read or change them, and small enough for a cookie. */
@SiteTest
class KitCookieTest {

    /** What a browser keeps of one cookie, name and value together (RFC 6265 asks for at least this much). */
    private static final int BROWSER_LIMIT = 4096;

    @Autowired
    KitCookie cookie;

    @Test
    void everyAnswerAtOnceWithTheLongestNoteStillFitsInACookie() {
        Random random = new Random(20);
        // Kanji at random compress least; characters outside the BMP (emoji) take four bytes each.
        String kanji = IntStream.range(0, KitAnswers.NOTE_MAX)
                .mapToObj(i -> Character.toString(0x4E00 + random.nextInt(0x9FFF - 0x4E00)))
                .collect(Collectors.joining());
        String emoji = IntStream.range(0, KitAnswers.NOTE_MAX)
                .mapToObj(i -> Character.toString(0x1F600 + random.nextInt(0x40)))
                .collect(Collectors.joining());
        for (String note : List.of(kanji, emoji)) {
            KitAnswers everything = new KitAnswers(
                    Vocabulary.SHIPPED.placeIds(),
                    "10y",
                    List.copyOf(Vocabulary.SHIPPED.diagnoses().keySet()),
                    Vocabulary.SHIPPED.treatments().keySet().stream()
                            .map(id -> id + ":worse")
                            .toList(),
                    "ja",
                    note,
                    "50_plus",
                    "chest_heart_attack any_fever any_weight_loss any_cancer_history back_cauda_equina calf_dvt",
                    true);
            String value = cookie.seal(everything, 5, Instant.now().plusSeconds(3600));
            assertThat(KitCookie.NAME.length() + 1 + value.length()).isLessThan(BROWSER_LIMIT);
            KitCookie.Kept opened = cookie.open(value).orElseThrow();
            assertThat(opened.answers()).isEqualTo(everything);
            assertThat(opened.attempted()).isEqualTo(5);
        }
    }

    @Test
    void aChangedOrForgedValueOpensToNothingAndAnOldOneHasRunOut() {
        KitAnswers answers =
                KitAnswers.empty().merged(KitStep.REGIONS, java.util.Map.of("regions", new String[] {"calf-left"}));
        String value = cookie.seal(answers, 0, Instant.now().plusSeconds(60));
        assertThat(cookie.open(value).orElseThrow().answers().regions()).containsExactly("calf-left");
        // The answers cannot be read from the value: it is encrypted, not only signed.
        assertThat(new String(
                        java.util.Base64.getUrlDecoder().decode(value), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("calf");
        // One character changed in the middle (the last one of unpadded Base64 may carry only unused bits).
        int middle = value.length() / 2;
        String changed =
                value.substring(0, middle) + (value.charAt(middle) == 'A' ? 'B' : 'A') + value.substring(middle + 1);
        assertThat(cookie.open(changed)).isEmpty();
        assertThat(cookie.open("not-a-cookie")).isEmpty();
        assertThat(cookie.open("")).isEmpty();
        assertThat(cookie.open(cookie.seal(answers, 0, Instant.now().minusSeconds(1)))
                        .orElseThrow()
                        .expired())
                .isTrue();
    }
}
