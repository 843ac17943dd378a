package org.mpscommons.forum;

import org.mpscommons.accounts.MemberPrincipal;

/**
 * Who is writing: a signed-in member, or a guest known only by the name they typed and their browser's guest key.
 *
 * @param address the network address, for the guest rate limit; never stored with the post
 */
record Writer(Long memberId, String memberName, boolean trusted, boolean moderator, String guestKey, String address) {

    static Writer member(MemberPrincipal member, String address) {
        boolean moderator = member.isModerator();
        // Verified professionals and staff are known people: their posts never wait for review.
        boolean trusted = moderator || member.isProfessional() || member.isEditor();
        return new Writer(member.id(), member.displayName(), trusted, moderator, null, address);
    }

    static Writer guest(String guestKey, String address) {
        return new Writer(null, null, false, false, guestKey, address);
    }

    boolean isGuest() {
        return memberId == null;
    }
}
