package org.mpscommons.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turning on two-factor sign-in, and checking the second factor: a TOTP code or a single-use recovery code. */
@Service
class TwoFactor {

    private static final Logger log = LoggerFactory.getLogger(TwoFactor.class);
    static final int RECOVERY_CODES = 10;
    /** Unambiguous characters only: no 0/O, 1/I/L, for people copying codes by hand. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TwoFactorRepository repository;
    private final Clock clock;

    TwoFactor(TwoFactorRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    java.util.Set<Long> enabledAmong(java.util.Collection<Long> memberIds) {
        return repository.enabledAmong(memberIds);
    }

    boolean isEnabled(long memberId) {
        return repository.find(memberId).isPresent();
    }

    /**
     * Turns two-factor sign-in on with a secret the member's app has just shown a valid code for; returns the
     * recovery codes (shown once, stored only as hashes), or nothing if the code was wrong.
     */
    @Transactional
    Optional<List<String>> enable(long memberId, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            hashes.add(AccountTokens.hash(normalize(recovery)));
        }
        repository.enable(memberId, secret, step.getAsLong(), clock.instant(), hashes);
        log.info("Member {} turned on two-factor sign-in", memberId);
        return Optional.of(codes);
    }

    /** Whether the code is a current, unused TOTP code or an unused recovery code of this member; uses it up. */
    @Transactional
    boolean verify(long memberId, String code) {
        var secret = repository.find(memberId);
        if (secret.isEmpty() || code == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(
                secret.get().secret(), code, clock.instant(), secret.get().lastStep());
        if (step.isPresent()) {
            return repository.useStep(memberId, step.getAsLong());
        }
        boolean recovered = repository.useRecoveryCode(memberId, AccountTokens.hash(normalize(code)), clock.instant());
        if (recovered) {
            log.info("Member {} signed in with a recovery code", memberId);
        }
        return recovered;
    }

    int unusedRecoveryCodes(long memberId) {
        return repository.unusedRecoveryCodes(memberId);
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalize(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }
}
