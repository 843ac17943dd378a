package org.mpscommons.accounts;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What the admin's page about one member shows: who they are, and the forms that change their roles, verify them as
 * a professional or suspend them, which come back here with errors.
 *
 * @param done an action on the member has just succeeded
 */
public record AdminUserPage(AdminMember member, FormErrors errors, boolean done) {

    /** The roles an admin gives and takes; every member has MEMBER. */
    private static final List<Role> GRANTED = List.of(Role.PROFESSIONAL, Role.MODERATOR, Role.EDITOR, Role.ADMIN);

    public List<Role> allRoles() {
        return GRANTED;
    }
}
