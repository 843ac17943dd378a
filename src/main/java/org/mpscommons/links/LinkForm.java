package org.mpscommons.links;

import java.util.function.ToIntFunction;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;

/**
 * What the editor's link form posts, as typed. {@code url} may be empty for a book without a web page;
 * {@code position} may be empty (then the link goes last in its section); {@code editorChecked} is "yes" when the
 * box is ticked.
 */
public record LinkForm(
        String kind,
        String titleEn,
        String titleJa,
        String url,
        String language,
        String descriptionEn,
        String descriptionJa,
        String position,
        String editorChecked,
        String editorNote) {

    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 1000;
    static final int NOTE_MAX = 1000;
    /** Places are small numbers with gaps (10, 20, …) so that a link can be put between two others. */
    static final int POSITION_MAX = 1_000_000;

    /** The values to save (null when anything is wrong) and what is wrong, per field in the form's order. */
    record Checked(LinkValues values, FormErrors errors) {}

    static LinkForm empty(LinkKind kind) {
        return new LinkForm(kind == null ? "" : kind.code(), "", "", "", "", "", "", "", null, "");
    }

    static LinkForm of(Link link) {
        return new LinkForm(
                link.kind().code(),
                link.titleEn(),
                link.titleJa(),
                link.url() == null ? "" : link.url(),
                link.language().code(),
                link.descriptionEn(),
                link.descriptionJa(),
                String.valueOf(link.position()),
                link.editorChecked() ? "yes" : null,
                link.editorNote() == null ? "" : link.editorNote());
    }

    static LinkForm of(LinkValues values) {
        return new LinkForm(
                values.kind().code(),
                values.titleEn(),
                values.titleJa(),
                values.url() == null ? "" : values.url(),
                values.language().code(),
                values.descriptionEn(),
                values.descriptionJa(),
                String.valueOf(values.position()),
                values.editorChecked() ? "yes" : null,
                values.editorNote() == null ? "" : values.editorNote());
    }

    public boolean checked() {
        return "yes".equals(editorChecked);
    }

    /** With the place taken from the form, for the seed file (which always has one). */
    Checked check() {
        return check(kind -> 0);
    }

    /**
     * The editor's rules: both titles and descriptions, a known kind and language, an http(s) address (which only a
     * book may lack), a whole-number place. Every problem is reported at once, each on its field.
     */
    Checked check(ToIntFunction<LinkKind> nextPosition) {
        FormErrors errors = new FormErrors();
        LinkKind linkKind = LinkKind.fromCode(strip(kind)).orElse(null);
        if (linkKind == null) {
            errors.reject("kind", "links.error.kind");
        }
        text(titleEn, TITLE_MAX, true, "titleEn", "links.error.titleEn", errors);
        text(titleJa, TITLE_MAX, true, "titleJa", "links.error.titleJa", errors);
        String address = strip(url);
        if (address.isEmpty() && linkKind != LinkKind.BOOKS) {
            errors.reject("url", "links.error.url.missing");
        } else if (!address.isEmpty() && !WebAddress.isValid(address)) {
            errors.reject("url", "links.error.url.invalid");
        }
        Language pageLanguage = Language.fromCode(strip(language)).orElse(null);
        if (pageLanguage == null) {
            errors.reject("language", "links.error.language");
        }
        text(descriptionEn, DESCRIPTION_MAX, true, "descriptionEn", "links.error.descriptionEn", errors);
        text(descriptionJa, DESCRIPTION_MAX, true, "descriptionJa", "links.error.descriptionJa", errors);
        Integer place = place(strip(position));
        if (place == null && !strip(position).isEmpty()) {
            errors.reject("position", "links.error.position");
        }
        text(editorNote, NOTE_MAX, false, "editorNote", "links.error.note", errors);
        if (errors.any()) {
            return new Checked(null, errors);
        }
        String note = strip(editorNote);
        return new Checked(
                new LinkValues(
                        linkKind,
                        strip(titleEn),
                        strip(titleJa),
                        address.isEmpty() ? null : address,
                        pageLanguage,
                        strip(descriptionEn),
                        strip(descriptionJa),
                        place == null ? nextPosition.applyAsInt(linkKind) : place,
                        checked(),
                        note.isEmpty() ? null : note),
                errors);
    }

    private static void text(String value, int max, boolean required, String field, String key, FormErrors errors) {
        String stripped = strip(value);
        int length = stripped.codePointCount(0, stripped.length());
        if ((required && length == 0) || length > max) {
            errors.reject(field, key);
        }
    }

    private static Integer place(String value) {
        try {
            int number = Integer.parseInt(value);
            return number >= 0 && number <= POSITION_MAX ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
