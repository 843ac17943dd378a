package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.register;
import static org.mpscommons.accounts.AccountsFixture.signIn;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.SqlStatements;
import org.mpscommons.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Limits that slow attackers, each checked from the attacker's side and from the real owner's. */
@SiteTest
@Tag("db")
class ThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    Throttle throttle;

    /**
     * Two buckets of one attempt may hash to the same lock; the attempt must do the same work either way, or the work
     * of a password-reset request would vary with the address asked for (AccountExistenceTest compares it).
     */
    @Test
    void anAttemptDoesTheSameWorkWhetherItsBucketsShareALockOrNot() throws Exception {
        String first = unique("lock-a");
        String other = unique("lock-b");
        int shared = SqlStatements.count(() ->
                throttle.attempt(List.of(limit(first), limit(bucketWithSlot(slot(first), "shares")))));
        int apart = SqlStatements.count(() -> throttle.attempt(List.of(
                limit(other), limit(bucketWithSlot((slot(other) + 1) % Throttle.LOCK_SLOTS, "apart")))));
        assertThat(shared).isEqualTo(apart);
    }

    private static Throttle.Limit limit(String bucket) {
        return new Throttle.Limit(bucket, 5, Duration.ofMinutes(1));
    }

    private static int slot(String bucket) {
        return Math.floorMod(bucket.hashCode(), Throttle.LOCK_SLOTS);
    }

    private static String bucketWithSlot(int slot, String prefix) {
        for (int i = 0; ; i++) {
            String bucket = unique(prefix) + "-" + i;
            if (slot(bucket) == slot) {
                return bucket;
            }
        }
    }

    @Test
    void guessingFromOneAddressIsStoppedButTheOwnerElsewhereGetsIn() {
        String email = confirmedMember(port, "en");
        SiteClient attacker = new SiteClient(port);
        for (int i = 0; i < SignInLimits.PER_ACCOUNT_AND_IP; i++) {
            assertThat(location(signIn(attacker, "en", email, "wrong guess " + i)))
                    .isEqualTo("/en/login?error");
        }
        // Even the right password no longer works from there for a while.
        assertThat(location(signIn(attacker, "en", email, PASSWORD))).isEqualTo("/en/login?throttled");
        assertThat(attacker.get("/en/login?throttled").body()).contains("Too many attempts");

        assertThat(location(signIn(new SiteClient(port), "en", email, PASSWORD)))
                .isEqualTo("/en/account");
    }

    @Test
    void aDistributedAttackLocksOutStrangersButNotTheOwnersBrowser() {
        String email = confirmedMember(port, "en");
        SiteClient owner = new SiteClient(port);
        assertThat(location(signIn(owner, "en", email, PASSWORD))).isEqualTo("/en/account");
        owner.submit("/en/account", "/en/logout", Map.of());

        for (int i = 0; i < SignInLimits.PER_ACCOUNT; i++) {
            signIn(new SiteClient(port), "en", email, "botnet guess " + i);
        }
        assertThat(location(signIn(new SiteClient(port), "en", email, PASSWORD)))
                .isEqualTo("/en/login?throttled");
        // The owner's browser carries the device cookie from its earlier sign-in.
        assertThat(owner.cookie(DeviceCookie.NAME)).isPresent();
        assertThat(location(signIn(owner, "en", email, PASSWORD))).isEqualTo("/en/account");
    }

    @Test
    void oneAddressCanOnlyCreateAFewAccountsAnHour() {
        SiteClient client = new SiteClient(port);
        for (int i = 0; i < Registration.PER_IP; i++) {
            String email = unique("family") + "@example.org";
            assertThat(location(register(client, "ja", unique("家族"), email, PASSWORD)))
                    .isEqualTo("/ja/register/check-email");
        }
        var refused = register(client, "ja", unique("家族"), unique("sixth") + "@example.org", PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("作成されたアカウントが多すぎます");
    }

    @Test
    void resetMailsToOneAddressAreCappedWithoutChangingTheAnswer() {
        String email = confirmedMember(port, "en");
        for (int i = 0; i < PasswordReset.PER_ACCOUNT + 2; i++) {
            var answer =
                    new SiteClient(port).submit("/en/password-reset", "/en/password-reset", Map.of("email", email));
            assertThat(location(answer)).isEqualTo("/en/password-reset/sent");
        }
        assertThat(TestMailServer.awaitMails(email, "[MPS Commons] Reset your password", PasswordReset.PER_ACCOUNT))
                .hasSize(PasswordReset.PER_ACCOUNT);
    }

    @Test
    void aRegistrationWithoutTheFormsSignedTimeIsTreatedAsABot() {
        SiteClient bot = new SiteClient(port);
        String email = unique("nostamp") + "@example.org";
        var answer = bot.submit(
                "/en/register",
                "/en/register",
                Map.of("displayName", unique("NoStamp"), "email", email, "password", PASSWORD, "started", "1.forged"));
        // The form comes back to be sent again (an autofill that was too quick gets the same); nothing is made.
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Please check your details and send the form again");
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }
}
