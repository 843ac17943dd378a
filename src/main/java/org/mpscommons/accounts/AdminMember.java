package org.mpscommons.accounts;

import java.time.Instant;
import java.util.List;

/** A member as the admin pages show them. */
public record AdminMember(
        long id,
        String displayName,
        String email,
        boolean verified,
        List<Role> roles,
        Instant createdAt,
        String suspendedReason,
        String profession,
        boolean twoFactor) {

    static AdminMember of(Member member, boolean twoFactor) {
        return new AdminMember(
                member.id(),
                member.displayName(),
                member.email(),
                member.emailVerified(),
                member.roles().stream().sorted().toList(),
                member.createdAt(),
                member.suspendedReason(),
                member.profession(),
                twoFactor);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String roleNames() {
        return String.join(", ", roles.stream().map(Role::name).toList());
    }
}
