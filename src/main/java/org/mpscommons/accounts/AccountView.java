package org.mpscommons.accounts;

import java.time.Instant;

/** What the account page shows its owner. */
public record AccountView(String displayName, String email, Instant memberSince, boolean professional) {}
