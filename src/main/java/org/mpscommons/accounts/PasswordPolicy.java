package org.mpscommons.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Length over rules (NIST SP 800-63B): at least 10 characters, any characters, no composition rules; refused if it is
 * one of the 20,000 most common passwords, or the member's own email or display name.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** Long passphrases are welcome; the cap only keeps Argon2 from being fed megabytes. */
    static final int MAX_LENGTH = 256;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("/accounts/common-passwords.txt");
    }

    /** The message key of what is wrong with the password, if anything. */
    Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("form.password.missing");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("form.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("form.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("form.password.common");
        }
        if (lower.equals(lower(email)) || lower.equals(lower(displayName))) {
            return Optional.of("form.password.personal");
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>(32_768);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
