package org.mpscommons.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mpscommons.web.Language;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds many members at once, for tools that fill an empty database (generate-data), which must not write the accounts'
 * tables themselves. Not a way for people to join a live site: no mail, no throttle, no audit entry. The caller
 * chooses the ids, so that the rest of what it loads can name the members before they exist and a generated dataset
 * is the same from one run to the next; {@link #continueIdsAfterLoaded} then lets the site's next registration take
 * the id after them. Names are stored as a registration stores them (normalised, with their case-free key and their
 * confusable skeleton), and the unique indexes refuse a taken name or address as they would a registration's.
 */
@Service
@NamedInterface("tools")
public class MemberBulkLoad {

    /** Rows per JDBC batch: large enough that a million members are not a million round trips. */
    private static final int BATCH = 1000;

    /**
     * A member to load. Their address counts as verified when they joined: a tool's members have no inbox to confirm
     * it from, and they must be able to sign in with the password whose hash is given.
     */
    public record NewMember(
            long id, String displayName, String email, String passwordHash, Language language, Instant joinedAt) {

        public NewMember {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(joinedAt, "joinedAt");
        }
    }

    private final MemberRepository members;

    MemberBulkLoad(MemberRepository members) {
        this.members = members;
    }

    /** The first id no member has yet: where a caller's own ids can start. */
    public long nextId() {
        return members.maxId() + 1;
    }

    /**
     * Inserts the members in batches, in one transaction (or the caller's). A name the registration form would refuse
     * for its shape is refused here too, before anything is written.
     */
    @Transactional
    public void load(List<NewMember> newMembers) {
        newMembers.forEach(MemberBulkLoad::checkName);
        members.insertAll(newMembers, BATCH);
    }

    /** After loading with chosen ids: the next member who registers gets the id after the highest. */
    @Transactional
    public void continueIdsAfterLoaded() {
        members.restartIdsWith(nextId());
    }

    private static void checkName(NewMember member) {
        String name = DisplayNames.normalized(member.displayName());
        int length = name.codePointCount(0, name.length());
        if (length < Registration.DISPLAY_NAME_MIN
                || length > Registration.DISPLAY_NAME_MAX
                || name.contains("@")
                || DisplayNames.hidesCharacters(name)) {
            throw new IllegalArgumentException("Member " + member.id() + " has a display name the site refuses");
        }
    }
}
