package org.mpscommons.accounts;

/**
 * What the registration form posts. {@code website} is a honeypot: hidden from people, filled in by bots.
 */
public record RegistrationForm(String displayName, String email, String password, String website) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "");
    }

    /** The form as shown again after an error: the password is never sent back. */
    RegistrationForm withoutPassword() {
        return new RegistrationForm(displayName, email, "", "");
    }
}
