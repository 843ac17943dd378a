package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.register;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.MemberBulkLoad.NewMember;
import org.mpscommons.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Members a tool loads in bulk are members like any other: they sign in with their password, their names are taken
 * (look-alikes too), and the next registration gets the id after theirs.
 */
@SiteTest
@Tag("db")
class MemberBulkLoadTest {

    private static final String PASSWORD = "loaded member's long password";

    @LocalServerPort
    int port;

    @Autowired
    MemberBulkLoad bulkLoad;

    @Autowired
    MemberRepository members;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void loadedMembersSignInAndHoldTheirNames() {
        long first = bulkLoad.nextId();
        String name = unique("Loaded");
        String email = unique("loaded") + "@example.org";
        String hash = passwords.encode(PASSWORD);
        bulkLoad.load(List.of(
                new NewMember(first, name, email.toUpperCase(Locale.ROOT), hash, Language.JA, Instant.now()),
                new NewMember(
                        first + 1, "ロード" + name, unique("loaded") + "@example.org", hash, Language.EN, Instant.now())));
        bulkLoad.continueIdsAfterLoaded();

        Member loaded = members.findById(first).orElseThrow();
        assertThat(loaded.email()).isEqualTo(email);
        assertThat(loaded.emailVerifiedAt()).isNotNull();
        assertThat(loaded.language()).isEqualTo(Language.JA);
        assertThat(location(signIn(new SiteClient(port), "en", email, PASSWORD)))
                .isEqualTo("/en/account");

        // The name and its look-alikes are taken: the case-free key and the skeleton were stored with it.
        assertThat(members.displayNameTaken(name.toLowerCase(Locale.ROOT))).isTrue();
        // A capital I looks like a small l.
        String lookAlike = "I" + name.substring(1);
        assertThat(register(
                                new SiteClient(port),
                                "en",
                                lookAlike,
                                unique("other") + "@example.org",
                                "another long enough password")
                        .body())
                .contains("This name looks too much like another member");

        long next = members.insert(unique("After"), unique("after") + "@example.org", hash, Language.EN, Instant.now());
        assertThat(next).isEqualTo(first + 2);
    }

    @Test
    void aNameTheFormWouldRefuseIsRefusedAndNothingIsWritten() {
        long id = bulkLoad.nextId();
        String hash = passwords.encode(PASSWORD);
        List<NewMember> batch = List.of(
                new NewMember(id, unique("Fine"), unique("fine") + "@example.org", hash, Language.EN, Instant.now()),
                new NewMember(id + 1, "at@sign", unique("at") + "@example.org", hash, Language.EN, Instant.now()));

        assertThatThrownBy(() -> bulkLoad.load(batch)).isInstanceOf(IllegalArgumentException.class);
        assertThat(members.findById(id)).isEmpty();
    }
}
