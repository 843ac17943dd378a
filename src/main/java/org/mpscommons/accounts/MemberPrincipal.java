package org.mpscommons.accounts;

import java.util.Collection;
import java.util.List;
import org.mpscommons.web.Viewer;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as kept in the session (serialized into the database by Spring Session): only what requests
 * need. The password hash is present while the password is checked and erased right after.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Viewer {

    /** The authority a session holds once its member gave their second factor; staff pages require it. */
    public static final String SECOND_FACTOR = SecondFactorSession.SECOND_FACTOR;

    private final long id;
    private final String displayName;
    private final boolean verified;
    private final String suspendedReason;
    private final List<Role> roles;
    private String passwordHash;

    MemberPrincipal(long id, String displayName, String passwordHash, boolean verified, String suspendedReason,
            List<Role> roles) {
        this.id = id;
        this.suspendedReason = suspendedReason;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.verified = verified;
        this.roles = List.copyOf(roles);
    }

    static MemberPrincipal of(Member member) {
        return new MemberPrincipal(member.id(), member.displayName(), member.passwordHash(), member.emailVerified(),
                member.suspendedReason(), List.copyOf(member.roles()));
    }

    public long id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public List<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** Spring Session indexes sessions by this name, so "sign out everywhere" can find them: the member id. */
    @Override
    public String getUsername() {
        return Long.toString(id);
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public boolean isAccountNonLocked() {
        return suspendedReason == null;
    }

    /** Why an admin suspended this member; told to them only after they gave the right password. */
    String suspendedReason() {
        return suspendedReason;
    }

    @Override
    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Moderators and admins act on other people's posts. */
    public boolean isModerator() {
        return roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN);
    }

    /** Editors and admins write, publish and correct the knowledge base's articles and links. */
    public boolean isEditor() {
        return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
    }

    /** A verified doctor, physiotherapist or other professional. */
    public boolean isProfessional() {
        return roles.contains(Role.PROFESSIONAL);
    }

    /** Moderators, editors and admins must sign in with two factors. */
    boolean needsSecondFactor() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.MODERATOR) || roles.contains(Role.EDITOR);
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + id + "]";
    }
}
