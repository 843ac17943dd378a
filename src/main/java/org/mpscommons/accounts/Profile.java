package org.mpscommons.accounts;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A member's public profile: only what they chose to show, and their badge if an admin verified a profession.
 *
 * @param avatar their picture, or their initials drawn when they uploaded none
 */
@NamedInterface("api")
public record Profile(
        long id,
        String displayName,
        String bio,
        List<String> languages,
        String profession,
        Instant memberSince,
        Avatar avatar) {

    public boolean verifiedProfessional() {
        return profession != null;
    }

    /** The bio as paragraphs, split at blank lines; each is escaped when shown. */
    public List<String> bioParagraphs() {
        return bio == null || bio.isBlank() ? List.of() : List.of(bio.strip().split("\\R\\s*\\R"));
    }
}
