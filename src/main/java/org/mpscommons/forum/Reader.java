package org.mpscommons.forum;

import org.mpscommons.accounts.MemberPrincipal;

/**
 * Who is reading, as far as what they may see depends on it.
 *
 * @param guestKey the hash of a guest's key, which shows them their own comments waiting for review
 */
public record Reader(Long memberId, boolean moderator, String guestKey) {

    public static Reader of(MemberPrincipal member, String guestKey) {
        if (member == null) {
            return new Reader(null, false, guestKey);
        }
        return new Reader(member.id(), member.isModerator(), guestKey);
    }

    boolean signedIn() {
        return memberId != null;
    }

    public boolean mayRead(Topic topic) {
        if (topic.membersOnly() && !signedIn()) {
            return false;
        }
        return switch (topic.status()) {
            case VISIBLE -> true;
            case PENDING -> moderator || topic.isAuthor(memberId);
            default -> moderator;
        };
    }

    public boolean wrote(Post post) {
        return (memberId != null && memberId.equals(post.authorId()))
                || (guestKey != null && guestKey.equals(post.guestKey()));
    }

    /** Whether the post appears at all (hidden and deleted posts appear as placeholders). */
    boolean sees(Post post) {
        return switch (post.status()) {
            case VISIBLE, HIDDEN, DELETED -> true;
            case PENDING -> moderator || wrote(post);
            case REJECTED -> moderator;
        };
    }

    /** Whether the post's text is shown (not just a placeholder). */
    public boolean seesText(Post post) {
        return switch (post.status()) {
            case VISIBLE -> true;
            case PENDING -> moderator || wrote(post);
            case HIDDEN, REJECTED -> moderator;
            case DELETED -> false;
        };
    }
}
