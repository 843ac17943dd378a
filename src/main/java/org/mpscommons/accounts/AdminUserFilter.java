package org.mpscommons.accounts;

/** The filters of the admin's member list, as the form shows them again. */
public record AdminUserFilter(String q, Role role, Boolean suspended) {

    public boolean roleIs(Role candidate) {
        return candidate == role;
    }

    public boolean suspendedIs(Boolean candidate) {
        return java.util.Objects.equals(candidate, suspended);
    }
}
