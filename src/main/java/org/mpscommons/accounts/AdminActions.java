package org.mpscommons.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.mpscommons.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What admins do to members. Each action: check, change in one transaction, write the audit log; a reason is
 * required wherever the member will feel the effect.
 */
@Service
class AdminActions {

    static final int REASON_MAX = 500;
    static final int PROFESSION_MAX = 100;

    private final MemberRepository members;
    private final MemberSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    AdminActions(MemberRepository members, MemberSessions sessions, AuditLog audit, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FormErrors changeRoles(MemberPrincipal admin, long memberId, Set<Role> requested, String reason) {
        FormErrors errors = reasonErrors(reason);
        Member member = members.findById(memberId).orElseThrow(MemberNotFound::new);
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        roles.addAll(requested);
        if (member.id() == admin.id() && !roles.contains(Role.ADMIN)) {
            // An admin removing their own admin role could leave the site without one.
            errors.reject("roles", "admin.error.ownAdminRole");
        }
        if (errors.any()) {
            return errors;
        }
        members.setRoles(memberId, roles);
        audit.record(
                admin.id(),
                admin.displayName(),
                "role.set",
                memberId,
                member.displayName(),
                String.join(",", roles.stream().map(Role::name).sorted().toList()),
                reason.strip());
        // New roles take effect at the next sign-in; ending the sessions makes that now.
        sessions.endAll(memberId);
        return errors;
    }

    @Transactional
    FormErrors suspend(MemberPrincipal admin, long memberId, String reason) {
        FormErrors errors = reasonErrors(reason);
        Member member = members.findById(memberId).orElseThrow(MemberNotFound::new);
        if (member.id() == admin.id()) {
            errors.reject("reason", "admin.error.suspendSelf");
        }
        if (errors.any()) {
            return errors;
        }
        members.suspend(memberId, reason.strip(), clock.instant());
        audit.record(
                admin.id(),
                admin.displayName(),
                "member.suspend",
                memberId,
                member.displayName(),
                null,
                reason.strip());
        sessions.endAll(memberId);
        return errors;
    }

    @Transactional
    FormErrors unsuspend(MemberPrincipal admin, long memberId, String reason) {
        FormErrors errors = reasonErrors(reason);
        Member member = members.findById(memberId).orElseThrow(MemberNotFound::new);
        if (errors.any()) {
            return errors;
        }
        members.unsuspend(memberId);
        audit.record(
                admin.id(),
                admin.displayName(),
                "member.unsuspend",
                memberId,
                member.displayName(),
                null,
                reason.strip());
        return errors;
    }

    /** Records a checked profession and gives the badge; an empty profession takes the badge away. */
    @Transactional
    FormErrors verifyProfessional(MemberPrincipal admin, long memberId, String profession, String reason) {
        FormErrors errors = reasonErrors(reason);
        String value = profession == null ? "" : profession.strip();
        if (value.length() > PROFESSION_MAX) {
            errors.reject("profession", "admin.error.professionLength");
        }
        Member member = members.findById(memberId).orElseThrow(MemberNotFound::new);
        if (errors.any()) {
            return errors;
        }
        Set<Role> roles = EnumSet.copyOf(member.roles());
        if (value.isEmpty()) {
            roles.remove(Role.PROFESSIONAL);
        } else {
            roles.add(Role.PROFESSIONAL);
        }
        members.setProfession(memberId, value.isEmpty() ? null : value);
        members.setRoles(memberId, roles);
        audit.record(
                admin.id(),
                admin.displayName(),
                value.isEmpty() ? "professional.revoke" : "professional.verify",
                memberId,
                member.displayName(),
                value.isEmpty() ? null : value,
                reason.strip());
        return errors;
    }

    private static FormErrors reasonErrors(String reason) {
        FormErrors errors = new FormErrors();
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "admin.error.reasonMissing");
        } else if (reason.strip().length() > REASON_MAX) {
            errors.reject("reason", "admin.error.reasonLength");
        }
        return errors;
    }

    /** An id in an admin URL that names no member: a 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class MemberNotFound extends RuntimeException {}
}
