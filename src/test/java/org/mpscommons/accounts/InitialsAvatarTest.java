package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The drawn avatar: which letters a name gets, and colours white letters can be read on. */
class InitialsAvatarTest {

    @Test
    void aJapaneseNameShowsItsFirstCharacterAndOthersTheirFirstLetters() {
        assertThat(InitialsAvatar.letters("山田花子")).isEqualTo("山");
        assertThat(InitialsAvatar.letters("はなこ")).isEqualTo("は");
        assertThat(InitialsAvatar.letters("ヤマダ 太郎")).isEqualTo("ヤ");
        assertThat(InitialsAvatar.letters("Hanako Yamada")).isEqualTo("HY");
        assertThat(InitialsAvatar.letters("mps_patient")).isEqualTo("MP");
        assertThat(InitialsAvatar.letters("taro")).isEqualTo("T");
        assertThat(InitialsAvatar.letters("Anna Maria Schmidt")).isEqualTo("AS");
        assertThat(InitialsAvatar.letters("🙂 Ken")).isEqualTo("K");
        assertThat(InitialsAvatar.letters("Ken 山田")).isEqualTo("K");
        assertThat(InitialsAvatar.letters("🙂")).isEqualTo("?");
        assertThat(InitialsAvatar.letters("")).isEqualTo("?");
    }

    @Test
    void everyColourKeepsWhiteLettersReadable() {
        for (String colour : InitialsAvatar.PALETTE) {
            assertThat(contrastWithWhite(colour)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void membersOneAfterAnotherGetDifferentColoursAndEachAlwaysTheSame() {
        Set<Integer> colours = new HashSet<>();
        for (long id = 1; id <= 8; id++) {
            colours.add(InitialsAvatar.colour(id));
            assertThat(InitialsAvatar.colour(id)).isEqualTo(InitialsAvatar.colour(id));
        }
        assertThat(colours.size()).isGreaterThanOrEqualTo(4);
        assertThat(InitialsAvatar.colour(-5)).isBetween(0, InitialsAvatar.PALETTE.size() - 1);
    }

    @Test
    void theAddressCarriesTheLettersAndOnlyLettersAreAccepted() {
        assertThat(InitialsAvatar.path("山", 3)).isEqualTo("/avatars/initials/3/%E5%B1%B1.svg");
        assertThat(InitialsAvatar.valid("HY")).isTrue();
        assertThat(InitialsAvatar.valid("山")).isTrue();
        assertThat(InitialsAvatar.valid("?")).isTrue();
        assertThat(InitialsAvatar.valid("ABC")).isFalse();
        assertThat(InitialsAvatar.valid("<a")).isFalse();
        assertThat(InitialsAvatar.valid("")).isFalse();
    }

    /** WCAG 2.2's contrast ratio of a colour (#rrggbb) with white. */
    static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
