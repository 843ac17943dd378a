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
        Instant createdAt,
        String suspendedReason,
        String profession) {

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    boolean suspended() {
        return suspendedReason != null;
    }
}
