package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.register;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Display names that look like another member's are refused at registration: with invisible or direction-changing
 * characters, with letters of another script that look the same, or written in full-width forms. Japanese names, in
 * kanji, hiragana and katakana, keep working.
 */
@SiteTest
@Tag("db")
class LookAlikeNamesTest {

    private static final String PASSWORD = "quiet river morning tea";
    private static final String INVISIBLE = "Your display name cannot contain invisible characters";
    private static final String TAKEN = "This display name is already in use.";
    private static final String LOOKS_LIKE = "This name looks too much like another member";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    SiteClient browser;

    @BeforeEach
    void setUp() {
        TestMailServer.shared();
        browser = new SiteClient(port);
    }

    @Test
    void namesThatLookLikeAnExistingMembersAreRefused() {
        String alice = "alice" + letters();
        assertThat(registered(alice)).isTrue();

        String zeroWidthSpace = alice.substring(0, 3) + "\u200b" + alice.substring(3);
        assertRefused(zeroWidthSpace, INVISIBLE);
        String cyrillicA = "\u0430" + alice.substring(1);
        assertRefused(cyrillicA, LOOKS_LIKE);
        assertRefused(fullWidth(alice), TAKEN);
        assertRefused(alice + "\u00a0", TAKEN);
        String rightToLeftOverride = "\u202e" + new StringBuilder(alice).reverse();
        assertRefused(rightToLeftOverride, INVISIBLE);
        // Other invisible and format characters, alone or with the name.
        assertRefused(alice + "\u200d", INVISIBLE);
        assertRefused("\ufeff" + alice, INVISIBLE);
        assertRefused(alice.substring(0, 2) + "\u2066" + alice.substring(2), INVISIBLE);
        // A capital I looks like a small l.
        assertRefused("a\u0049" + alice.substring(2), LOOKS_LIKE);
    }

    @Test
    void theNameIsStoredNormalisedAndJapaneseNamesKeepWorking() {
        String suffix = letters();
        // NFKC: full-width Latin becomes half-width, the ideographic space an ordinary one; spaces run together.
        assertThat(registered("ＹＡＭＡＤＡ" + suffix)).isTrue();
        assertThat(storedName("yamada" + suffix)).isEqualTo("YAMADA" + suffix);
        assertThat(registered("山田\u3000\u3000花子" + suffix)).isTrue();
        assertThat(storedName("山田 花子" + suffix)).isEqualTo("山田 花子" + suffix);
        // Kana that look like kanji (カ and 力, タ and 夕) are fine as long as no one else has the same look.
        assertThat(registered("やまだ" + suffix)).isTrue();
        assertThat(registered("カタカナ" + suffix)).isTrue();
        assertThat(registered("ﾀﾅｶ" + suffix)).isTrue();
        assertThat(storedName("タナカ" + suffix)).isEqualTo("タナカ" + suffix);
        // ...but the same name in look-alike kanji is another member's name.
        assertRefused("力夕力ナ" + suffix, LOOKS_LIKE);
    }

    @Test
    void theErrorIsInTheVisitorsLanguage() {
        String name = "Hanako" + letters();
        assertThat(registered(name)).isTrue();
        HttpResponse<String> response = register(
                new SiteClient(port), "ja", "Hanak\u043e" + name.substring(6), unique("ja") + "@example.jp", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ほかのメンバーの名前とよく似ています");
        HttpResponse<String> invisible =
                register(new SiteClient(port), "ja", name + "\u200b", unique("ja") + "@example.jp", PASSWORD);
        assertThat(invisible.body()).contains("見えない文字");
    }

    private boolean registered(String name) {
        String email = unique("names") + "@example.org";
        HttpResponse<String> response = register(new SiteClient(port), "en", name, email, PASSWORD);
        if (response.statusCode() != 302 || !location(response).equals("/en/register/check-email")) {
            return false;
        }
        // The account is made just after the answer (the same work for known and unknown addresses): its mail says so.
        TestMailServer.awaitMail(email, "Confirm your email address");
        return members(email) == 1;
    }

    private void assertRefused(String name, String error) {
        String email = unique("lookalike") + "@example.org";
        HttpResponse<String> response = register(new SiteClient(port), "en", name, email, PASSWORD);
        assertThat(response.statusCode()).as(escaped(name)).isEqualTo(200);
        assertThat(response.body()).as(escaped(name)).contains(error);
        assertThat(members(email)).as(escaped(name)).isZero();
    }

    private String storedName(String key) {
        return jdbc.sql("SELECT display_name FROM member WHERE display_key = :key")
                .param("key", key.toLowerCase(java.util.Locale.ROOT))
                .query(String.class)
                .single();
    }

    private long members(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE email = :email")
                .param("email", email.toLowerCase())
                .query(Long.class)
                .single();
    }

    /** Eight random small letters (no digits: 0 and 1 have look-alikes of their own). */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('g' + Character.digit(c, 16)));
        }
        return letters.toString();
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }

    private static String escaped(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints()
                .forEach(cp -> shown.append(cp < 0x7f ? Character.toString(cp) : "\\u" + Integer.toHexString(cp)));
        return shown.toString();
    }
}
