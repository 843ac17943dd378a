package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.accounts.AccountsFixture.signIn;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Many guesses sent at the same moment: the limit must hold for them as it does for guesses one after another, so no
 * more guesses are checked than the limit allows, whatever the timing.
 */
@SiteTest
@Tag("db")
class ConcurrentAttemptsTest {

    private static final int GUESSES = 40;
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void passwordsGuessedAllAtOnceAreCheckedNoMoreOftenThanTheLimit() throws Exception {
        String email = confirmedMember(port, "en");
        String address = SiteClient.nextAddress();
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            SiteClient attacker = new SiteClient(port, address);
            Map<String, String> form = formFields(attacker, "/en/login");
            form.put("email", email);
            form.put("password", "guess number " + i);
            guesses.add(() -> attacker.post("/en/login", form));
        }
        List<String> outcomes =
                allAtOnce(guesses).stream().map(AccountsFixture::location).toList();

        assertThat(outcomes).containsOnly("/en/login?error", "/en/login?throttled");
        assertThat(outcomes.stream().filter("/en/login?error"::equals).count())
                .as("guesses whose password was checked")
                .isBetween(1L, (long) SignInLimits.PER_ACCOUNT_AND_IP);
    }

    @Test
    void codesGuessedAllAtOnceAreCheckedNoMoreOftenThanTheLimit() throws Exception {
        String email = confirmedMember(port, "en");
        SiteClient owner = new SiteClient(port);
        signIn(owner, "en", email, PASSWORD);
        String secret = TwoFactorTest.secret(owner.get("/en/account/two-factor").body());
        owner.submit(
                "/en/account/two-factor",
                "/en/account/two-factor",
                Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));

        // Someone who has the password and guesses the code, from many sign-ins at once.
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            SiteClient attacker = new SiteClient(port);
            assertThat(location(signIn(attacker, "en", email, PASSWORD))).isEqualTo("/en/login/code");
            Map<String, String> form = formFields(attacker, "/en/login/code");
            form.put("code", String.format("%06d", 100_000 + i));
            guesses.add(() -> attacker.post("/en/login/code", form));
        }
        List<HttpResponse<String>> answers = allAtOnce(guesses);

        long checked = answers.stream()
                .filter(a -> a.statusCode() == 200 && a.body().contains("This code is not right"))
                .count();
        long refused = answers.stream()
                .filter(a -> a.statusCode() == 302 && location(a).equals("/en/login?throttled"))
                .count();
        assertThat(checked + refused)
                .as("every guess either checked or refused")
                .isEqualTo(GUESSES);
        assertThat(checked).as("guesses whose code was checked").isBetween(1L, (long)
                SignInLimits.WRONG_CODES_PER_ACCOUNT);
    }

    @Test
    void theThrottleAskedFromManyThreadsAtOnceCountsExactlyUpToItsLimit() throws Exception {
        Throttle throttle = context.getBean(Throttle.class);
        String bucket = "test-concurrent:" + AccountsFixture.unique("");
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            attempts.add(() -> throttle.tryRecord(bucket, 5, Duration.ofHours(1)));
        }
        List<Boolean> allowed = allAtOnce(attempts);
        assertThat(allowed.stream().filter(Boolean::booleanValue).count()).isEqualTo(5);
        assertThat(throttle.count(bucket, Duration.ofHours(1))).isEqualTo(5);
    }

    /** Runs every call at the same moment, each on its own thread, and returns the answers in order. */
    static <T> List<T> allAtOnce(List<Callable<T>> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch ready = new CountDownLatch(requests.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> request : requests) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> result = new ArrayList<>();
            for (Future<T> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The hidden fields of the form on a page (the CSRF token), as a browser would send them back. */
    static Map<String, String> formFields(SiteClient client, String page) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(client.get(page).body());
        while (hidden.find()) {
            form.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        assertThat(form).containsKey("_csrf");
        return form;
    }
}
