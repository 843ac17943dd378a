package org.mpscommons.accounts;

import java.time.Instant;

/** One signed-in session as the member sees it in their settings. */
public record ActiveSession(Instant signedIn, Instant lastUsed, String device, boolean current) {}
