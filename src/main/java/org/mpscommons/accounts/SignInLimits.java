package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How many wrong passwords and codes an account and an address may send, wherever they are typed: at sign-in and
 * when a signed-in member gives them again for a weighty action ({@link Reauthentication}). One budget for both, so
 * that an attacker cannot alternate between the forms. Each attempt is counted before the password or code is
 * checked, in one step with the decision ({@link Throttle#attempt}), and taken back when it was right: guesses sent
 * all at once are checked no more often than guesses sent one by one.
 */
@Component
class SignInLimits {

    /** A shared IP (an office, a mobile carrier) hosts many people who mistype now and then. */
    static final int PER_IP = 30;
    /** One person mistyping their own password rarely fails five times in a row. */
    static final int PER_ACCOUNT_AND_IP = 5;
    /** Guessing one account from many addresses; the owner's known browser is exempt. */
    static final int PER_ACCOUNT = 20;

    static final Duration SHORT_WINDOW = Duration.ofMinutes(15);
    static final Duration LONG_WINDOW = Duration.ofHours(1);
    /** Wrong codes for one account, across sign-ins, before it waits: 10 in 15 minutes still allows typos. */
    static final int WRONG_CODES_PER_ACCOUNT = 10;

    static final Duration WRONG_CODES_WINDOW = Duration.ofMinutes(15);

    private final Throttle throttle;
    private final DeviceCookie devices;

    SignInLimits(Throttle throttle, DeviceCookie devices) {
        this.throttle = throttle;
        this.devices = devices;
    }

    /** Counts a password for this account from this request's address, or refuses it (then it must not be checked). */
    Throttle.Attempt password(String email, HttpServletRequest request) {
        String ip = request.getRemoteAddr();
        String account = Throttle.emailBucket("signin-account", email);
        return throttle.attempt(List.of(
                new Throttle.Limit("signin-ip:" + ip, PER_IP, SHORT_WINDOW),
                new Throttle.Limit(accountAndIp(email, ip), PER_ACCOUNT_AND_IP, SHORT_WINDOW),
                devices.isKnownFor(email, request)
                        ? Throttle.Limit.countOnly(account)
                        : new Throttle.Limit(account, PER_ACCOUNT, LONG_WINDOW)));
    }

    /** The password was right: it does not count, and earlier mistakes from this address are forgiven. */
    void passwordRight(Throttle.Attempt attempt, String email, HttpServletRequest request) {
        throttle.takeBack(attempt);
        throttle.clear(accountAndIp(email, request.getRemoteAddr()));
    }

    /** Counts a second-factor code for this member, or refuses it (then it must not be checked). */
    Throttle.Attempt code(long memberId) {
        return throttle.attempt(
                List.of(new Throttle.Limit("code-member:" + memberId, WRONG_CODES_PER_ACCOUNT, WRONG_CODES_WINDOW)));
    }

    void codeRight(Throttle.Attempt attempt) {
        throttle.takeBack(attempt);
    }

    private static String accountAndIp(String email, String ip) {
        return Throttle.emailBucket("signin-account-ip", email) + ":" + ip;
    }
}
