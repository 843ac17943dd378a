package org.mpscommons.accounts;

/**
 * What the registration form posts. {@code website} is a honeypot: hidden from people, filled in by bots;
 * {@code started} is the signed time the form was shown (see FormTimer).
 */
public record RegistrationForm(String displayName, String email, String password, String website, String started) {

    static RegistrationForm empty(String started) {
        return new RegistrationForm("", "", "", "", started);
    }

    /** The form as shown again after an error: the password is never sent back; the time stays the first one. */
    RegistrationForm withoutPassword() {
        return new RegistrationForm(displayName, email, "", "", started);
    }

    /**
     * The form as shown again after it came back too fast: without the password, and with a new time, since the old one
     * may be missing, forged or too old to pass ever again.
     */
    RegistrationForm againFrom(String newStarted) {
        return new RegistrationForm(displayName, email, "", "", newStarted);
    }
}
