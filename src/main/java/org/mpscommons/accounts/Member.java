package org.mpscommons.accounts;

import java.time.Instant;
import java.util.Set;
import org.mpscommons.web.Language;

/** A member as stored. The password hash never leaves the accounts feature. */
record Member(
        long id,
        String displayName,
        String email,
        Instant emailVerifiedAt,
        String passwordHash,
        Language language,
        Set<Role> roles,
        Instant createdAt) {

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }
}
