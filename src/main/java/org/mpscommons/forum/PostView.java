package org.mpscommons.forum;

import org.mpscommons.accounts.Avatar;
import org.mpscommons.accounts.Profile;

/**
 * A post as a reader sees it.
 *
 * @param author the member who wrote it, or null for a guest or a deleted member
 * @param showText false where only a placeholder is shown (hidden or deleted)
 * @param answer whether the asker or a moderator marked it as the answer to the question
 * @param ignored whether the reader ignores its author (the text is folded away)
 * @param foundHelpful whether the reader pressed "helpful" on it
 * @param saidMeToo whether the reader pressed "me too" on it
 * @param mine whether the reader wrote it
 * @param editable whether the reader may edit it (its author, or a moderator)
 * @param answerable whether the reader may mark it as the answer (the asker or a moderator, in a Q&amp;A category)
 */
public record PostView(
        Post post,
        Profile author,
        boolean showText,
        boolean answer,
        boolean ignored,
        boolean foundHelpful,
        boolean saidMeToo,
        boolean mine,
        boolean editable,
        boolean answerable) {

    /** Members react to visible posts of others. */
    public boolean reactable() {
        return post.status() == PostStatus.VISIBLE && !mine;
    }

    /** The writer's picture or initials; a guest's initials; a plain figure for a deleted member. */
    public Avatar avatar() {
        if (author != null) {
            return author.avatar();
        }
        return post.byGuest() ? Avatar.ofName(post.guestName()) : Avatar.nobody();
    }

    public boolean byProfessional() {
        return author != null && author.verifiedProfessional();
    }

    public boolean byDeletedMember() {
        return author == null && !post.byGuest();
    }

    public boolean pending() {
        return post.status() == PostStatus.PENDING;
    }

    public boolean hidden() {
        return post.status() == PostStatus.HIDDEN;
    }

    public boolean deleted() {
        return post.status() == PostStatus.DELETED;
    }

    public boolean rejected() {
        return post.status() == PostStatus.REJECTED;
    }
}
