package org.mpscommons.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.web.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a review of an article, of one of two kinds. An editor records an editorial review (references and wording
 * checked); only a member whose profession an admin verified records a medical review, which is kept with that
 * profession. A review is of the revision the reviewer read: if the text changed meanwhile, nothing is recorded.
 */
@Service
class ArticleReviewing {

    /** How long a review holds before the article is due again, for either kind. */
    static final int REVIEW_MONTHS = 12;

    private final ArticleRepository articles;
    private final Profiles profiles;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    ArticleReviewing(ArticleRepository articles, Profiles profiles, AuditLog audit, Clock clock, SiteProperties site) {
        this.articles = articles;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** Whether the member may record this kind of review at all (for anyone else the action does not exist). */
    static boolean mayRecord(MemberPrincipal member, ReviewKind kind) {
        return member != null
                && switch (kind) {
                    case EDITORIAL -> member.isEditor();
                    case MEDICAL -> member.isProfessional();
                };
    }

    /** Whether the member may record this kind of review of this article: a professional who is not an editor, only of
     * a published one (drafts are the editors'). */
    static boolean mayReview(MemberPrincipal member, ReviewKind kind, Article article) {
        return mayRecord(member, kind) && (article.published() || member.isEditor());
    }

    /** What recording a review did. */
    sealed interface Outcome {
        record Recorded(ReviewKind kind) implements Outcome {}

        /** The text changed after the reviewer opened it: they read another revision than the current one. */
        record Outdated() implements Outcome {}

        /** Not this member, this kind, this article; or a professional whose profession is no longer on record. */
        record NotAllowed() implements Outcome {}
    }

    /**
     * Records that the member reviewed the article, as it was at {@code readRevision}, today in the site's time zone;
     * the next review of that kind is due in {@link #REVIEW_MONTHS} months.
     */
    @Transactional
    Outcome record(MemberPrincipal member, ReviewKind kind, Article article, Integer readRevision) {
        if (!mayReview(member, kind, article)) {
            return new Outcome.NotAllowed();
        }
        if (readRevision == null || readRevision != article.revision()) {
            return new Outcome.Outdated();
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate due = today.plusMonths(REVIEW_MONTHS);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean recorded;
        if (kind == ReviewKind.MEDICAL) {
            Optional<String> profession = profiles.verifiedProfession(member.id());
            if (profession.isEmpty()) {
                return new Outcome.NotAllowed();
            }
            recorded = articles.medicalReview(
                    article.id(),
                    article.revision(),
                    today,
                    member.id(),
                    member.displayName(),
                    profession.get(),
                    due,
                    now);
        } else {
            recorded = articles.editorialReview(
                    article.id(), article.revision(), today, member.id(), member.displayName(), due, now);
        }
        if (!recorded) {
            return new Outcome.Outdated();
        }
        audit.record(
                member.id(),
                member.displayName(),
                "articles.review." + kind.code(),
                null,
                null,
                article.language() + "/" + article.slug() + " r" + article.revision(),
                null);
        return new Outcome.Recorded(kind);
    }
}
