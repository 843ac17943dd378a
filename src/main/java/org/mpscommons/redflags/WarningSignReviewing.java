package org.mpscommons.redflags;

import java.time.Clock;
import java.util.Optional;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verified professional records that they reviewed the table as it is now: from then on pages show the signs as
 * reviewed by them, until the table changes. Nobody else may: an editor's check is not a clinical review.
 */
@Service
class WarningSignReviewing {

    private final WarningSigns signs;
    private final WarningSignReviews reviews;
    private final Profiles profiles;
    private final AuditLog audit;
    private final Clock clock;

    WarningSignReviewing(
            WarningSigns signs, WarningSignReviews reviews, Profiles profiles, AuditLog audit, Clock clock) {
        this.signs = signs;
        this.reviews = reviews;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean canReview(MemberPrincipal member) {
        return member != null && member.isProfessional();
    }

    /** @return whether the review was recorded (false: the member is not a verified professional) */
    @Transactional
    boolean review(MemberPrincipal member) {
        if (!canReview(member)) {
            return false;
        }
        Optional<String> profession = profiles.verifiedProfession(member.id());
        if (profession.isEmpty()) {
            return false;
        }
        reviews.insert(signs.version(), member.id(), member.displayName(), profession.get(), clock.instant());
        audit.record(member.id(), member.displayName(), "redflags.review", null, null, signs.version(), null);
        return true;
    }
}
