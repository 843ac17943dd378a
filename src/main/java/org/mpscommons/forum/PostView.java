package org.mpscommons.forum;

import org.mpscommons.accounts.Profile;

/**
 * A post as a reader sees it.
 *
 * @param author the member who wrote it, or null for a guest or a deleted member
 * @param showText false where only a placeholder is shown (hidden or deleted)
 * @param answer whether the asker or a moderator marked it as the answer to the question
 */
public record PostView(Post post, Profile author, boolean showText, boolean answer) {

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
