package org.mpscommons.accounts;

import java.util.List;

/**
 * What the admin's member list shows: one page of the members the filters find.
 *
 * @param next the address of the following page, or null on the last one
 */
public record AdminUserListPage(AdminUserFilter filter, List<AdminMember> members, String next) {}
