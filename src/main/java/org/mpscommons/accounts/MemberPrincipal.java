package org.mpscommons.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.mpscommons.web.Viewer;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as kept in the session (serialized into the database by Spring Session): only what requests
 * need. The password hash is present while the password is checked and erased right after.
 */
@NamedInterface("api")
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Viewer {

    /**
     * The value Java computed for this class before {@link #secondFactor} was added: sessions stored by that version
     * still read back (their missing field reads as false, so their powers wait for the second factor) instead of
     * failing every request of their member with a 500 after an upgrade.
     */
    private static final long serialVersionUID = -7187467659807881251L;

    /** The authority a session holds once its member gave their second factor; staff pages require it. */
    public static final String SECOND_FACTOR = SecondFactorSession.SECOND_FACTOR;

    /** Where a member whose powers wait gives the second factor (turning two-factor sign-in on first if need be). */
    static final String SECOND_FACTOR_PATH = "/account/two-factor?required";

    /** The pages that ask for the second factor themselves: turning it on, and signing in again with it. */
    private static final Set<String> PAGES_ASKING_FOR_SECOND_FACTOR = Set.of("/account/two-factor", "/login");

    private final long id;
    private final String displayName;
    private final boolean verified;
    private final String suspendedReason;
    private final List<Role> roles;
    private String passwordHash;
    /** Whether this session's sign-in included the second factor (never true for a "remember me" sign-in). */
    private final boolean secondFactor;

    MemberPrincipal(
            long id,
            String displayName,
            String passwordHash,
            boolean verified,
            String suspendedReason,
            List<Role> roles) {
        this(id, displayName, passwordHash, verified, suspendedReason, roles, false);
    }

    private MemberPrincipal(
            long id,
            String displayName,
            String passwordHash,
            boolean verified,
            String suspendedReason,
            List<Role> roles,
            boolean secondFactor) {
        this.secondFactor = secondFactor;
        this.id = id;
        this.suspendedReason = suspendedReason;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.verified = verified;
        this.roles = List.copyOf(roles);
    }

    static MemberPrincipal of(Member member) {
        return new MemberPrincipal(
                member.id(),
                member.displayName(),
                member.passwordHash(),
                member.emailVerified(),
                member.suspendedReason(),
                List.copyOf(member.roles()));
    }

    /** The same member, in a session that has just passed the second factor. */
    MemberPrincipal withSecondFactor() {
        return new MemberPrincipal(id, displayName, null, verified, suspendedReason, roles, true);
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
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
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

    /*
     * The one rule for powers over other people's words and the site's content: a role grants its power only in a
     * session that passed the second factor. A password alone, or a "remember me" cookie alone, leaves a moderator,
     * editor, admin or verified professional with exactly a member's powers. Every feature asks these methods; none
     * reads the roles for a power itself.
     */

    @Override
    public boolean isAdmin() {
        return secondFactor && roles.contains(Role.ADMIN);
    }

    /** Moderators and admins act on other people's posts. */
    public boolean isModerator() {
        return secondFactor && (roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN));
    }

    /** Editors and admins write, publish and correct the knowledge base's articles and links. */
    public boolean isEditor() {
        return secondFactor && (roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN));
    }

    /** A verified doctor, physiotherapist or other professional, who reviews the site's medical content. */
    public boolean isProfessional() {
        return secondFactor && roles.contains(Role.PROFESSIONAL);
    }

    /** Holds a role whose powers this session cannot use until it passes the second factor. */
    @Override
    public boolean powersWaitForSecondFactor() {
        return !secondFactor && needsSecondFactor();
    }

    @Override
    public String secondFactorPath() {
        return SECOND_FACTOR_PATH;
    }

    @Override
    public boolean asksForSecondFactorOn(String localPath) {
        return PAGES_ASKING_FOR_SECOND_FACTOR.contains(localPath);
    }

    /** Everyone with powers signs in with two factors: staff, and the professionals who review. */
    boolean needsSecondFactor() {
        return roles.contains(Role.ADMIN)
                || roles.contains(Role.MODERATOR)
                || roles.contains(Role.EDITOR)
                || roles.contains(Role.PROFESSIONAL);
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
