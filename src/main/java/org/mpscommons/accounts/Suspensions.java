package org.mpscommons.accounts;

import org.mpscommons.web.FormErrors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Suspending a member from outside the admin area: moderators act on what they see in the forum. A moderator may
 * suspend members and verified professionals, not other staff (that is an admin's call); admins may suspend anyone
 * but themselves. The same rules as the admin page apply otherwise: a reason is required, it is shown to the member,
 * their sessions end, and the audit log keeps it.
 */
@Service
@NamedInterface("api")
public class Suspensions {

    private final AdminActions actions;
    private final MemberRepository members;

    Suspensions(AdminActions actions, MemberRepository members) {
        this.actions = actions;
        this.members = members;
    }

    /** Empty errors when done; "reason" errors as on the admin page; "member" when this actor may not suspend them. */
    public FormErrors suspend(MemberPrincipal actor, long memberId, String reason) {
        boolean admin = actor.isAdmin();
        boolean moderator = actor.isModerator();
        Member member = members.findById(memberId).orElse(null);
        if (!moderator || member == null) {
            return new FormErrors().reject("member", "forum.suspend.notAllowed");
        }
        boolean staff = member.roles().contains(Role.ADMIN)
                || member.roles().contains(Role.MODERATOR)
                || member.roles().contains(Role.EDITOR);
        if (staff && !admin) {
            return new FormErrors().reject("member", "forum.suspend.notAllowed");
        }
        return actions.suspend(actor, memberId, reason == null ? "" : reason);
    }
}
