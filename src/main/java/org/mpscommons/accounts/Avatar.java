package org.mpscommons.accounts;

import org.springframework.modulith.NamedInterface;

/**
 * The picture shown beside a name: the member's own (re-encoded, square) or, without one, their initials on a colour
 * drawn by the server ({@link InitialsAvatar}). Always decorative: the name is shown next to it, so pages give it an
 * empty alt text.
 *
 * @param small the address for avatars of up to 48 CSS pixels (lists and posts show them at 40)
 * @param large the address for the profile page's larger one
 * @param uploaded whether it is a picture the member uploaded (else it is drawn)
 */
@NamedInterface("api")
public record Avatar(String small, String large, boolean uploaded) {

    static final String PATH = "/avatars/";

    /** Sizes in pixels of the stored picture's two files. */
    static final int SMALL = 96;

    static final int LARGE = 192;

    /** A member's avatar; {@code pictureName} and {@code extension} are null when they have uploaded none. */
    static Avatar of(long memberId, String displayName, String pictureName, String extension) {
        if (pictureName != null) {
            return new Avatar(
                    PATH + pictureName + "-" + SMALL + "." + extension,
                    PATH + pictureName + "-" + LARGE + "." + extension,
                    true);
        }
        String initials = InitialsAvatar.path(InitialsAvatar.letters(displayName), InitialsAvatar.colour(memberId));
        return new Avatar(initials, initials, false);
    }

    /** Someone with a name but no account (a guest who commented): their initials, coloured by their name. */
    public static Avatar ofName(String name) {
        String initials = InitialsAvatar.path(
                InitialsAvatar.letters(name), InitialsAvatar.colour(name == null ? 0 : name.hashCode()));
        return new Avatar(initials, initials, false);
    }

    /** For words whose writer is gone (a deleted account): a plain figure in grey. */
    public static Avatar nobody() {
        return new Avatar(InitialsAvatar.NOBODY, InitialsAvatar.NOBODY, false);
    }
}
