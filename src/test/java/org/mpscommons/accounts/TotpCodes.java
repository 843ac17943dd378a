package org.mpscommons.accounts;

import java.time.Instant;

/** For tests outside this package (browser tests) that must act as a person's authenticator app. */
public final class TotpCodes {

    /** The code an app shows now, {@code stepsAhead} steps of 30 s later (within the accepted drift). */
    public static String code(String secret, int stepsAhead) {
        return Totp.code(secret.replace(" ", ""), Totp.step(Instant.now()) + stepsAhead);
    }

    private TotpCodes() {}
}
