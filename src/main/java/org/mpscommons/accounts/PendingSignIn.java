package org.mpscommons.accounts;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** Someone who gave the right password and still owes the second factor; kept in their session, briefly. */
/** @param remember whether the password step asked to "keep me signed in" */
record PendingSignIn(long memberId, Instant since, int attempts, boolean remember) implements Serializable {

    static final String ATTRIBUTE = "mps.pendingSignIn";
    /** Long enough to find the phone and open the app. */
    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Wrong codes before the password has to be given again. */
    static final int MAX_ATTEMPTS = 5;

    boolean expired(Instant now) {
        return now.isAfter(since.plus(LIFETIME)) || attempts >= MAX_ATTEMPTS;
    }

    PendingSignIn failedOnce() {
        return new PendingSignIn(memberId, since, attempts + 1, remember);
    }
}
