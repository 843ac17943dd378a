package org.mpscommons.forum;

import org.mpscommons.accounts.DisplayNames;
import org.mpscommons.content.DirectionControls;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;

/** What a title, a post and a guest's name must be. Lengths count characters as people see them (code points). */
final class PostRules {

    /** 「腰痛」 is a fine Japanese title: two characters. */
    static final int TITLE_MIN = 2;

    static final int TITLE_MAX = 150;
    /** About ten printed pages; a recovery story fits, a pasted book does not. The column holds twice this. */
    static final int BODY_MAX = 10_000;
    /** Markdown that expands beyond this (huge tables of one-letter cells) is refused rather than stored. */
    static final int HTML_MAX = 100_000;

    static final int GUEST_NAME_MAX = 40;

    private PostRules() {}

    /**
     * A title, a post or a reason as it is checked and stored: trimmed, without direction overrides (see
     * {@link DirectionControls}). Every text the forum saves from a form passes here, new or edited, so this is the
     * one place they are taken out.
     */
    static String clean(String text) {
        return text == null ? "" : DirectionControls.strip(text).strip();
    }

    /** A guest's name as it is checked and stored, normalised as members' names are ({@link DisplayNames}). */
    static String cleanName(String name) {
        return DisplayNames.normalized(name);
    }

    static void title(String title, FormErrors errors) {
        int length = length(title);
        if (length == 0) {
            errors.reject("title", "forum.error.title.missing");
        } else if (length < TITLE_MIN || length > TITLE_MAX) {
            errors.reject("title", "forum.error.title.length");
        } else if (title.codePoints().anyMatch(Character::isISOControl)) {
            errors.reject("title", "forum.error.title.characters");
        }
    }

    static void body(String body, FormErrors errors) {
        int length = length(body);
        if (length == 0) {
            errors.reject("body", "forum.error.body.missing");
        } else if (length > BODY_MAX) {
            errors.reject("body", "forum.error.body.length");
        }
    }

    static void rendered(Rendered rendered, FormErrors errors) {
        if (rendered.html().length() > HTML_MAX) {
            errors.reject("body", "forum.error.body.complex");
        }
    }

    static void guestName(String name, FormErrors errors) {
        int length = length(name);
        if (length == 0) {
            errors.reject("guestName", "forum.error.guestName.missing");
        } else if (DisplayNames.hidesCharacters(name)) {
            errors.reject("guestName", "forum.error.guestName.invisible");
        } else if (length > GUEST_NAME_MAX) {
            errors.reject("guestName", "forum.error.guestName.length");
        } else if (name.contains("@")) {
            errors.reject("guestName", "forum.error.guestName.characters");
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
