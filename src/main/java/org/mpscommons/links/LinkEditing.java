package org.mpscommons.links;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.search.SearchChanges;
import org.mpscommons.web.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to links. Each change is checked first (nothing is written when anything is wrong), then written
 * together with its audit log entry in one transaction.
 */
@Service
class LinkEditing {

    /** How an editor's save ended: saved (with the link's id), or refused with what to correct. */
    sealed interface Saving {
        record Saved(long id) implements Saving {}

        record Refused(FormErrors errors) implements Saving {}
    }

    private final LinkRepository links;
    private final AuditLog audit;
    private final SearchChanges search;
    private final Clock clock;

    LinkEditing(LinkRepository links, AuditLog audit, SearchChanges search, Clock clock) {
        this.search = search;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Saving add(MemberPrincipal editor, LinkForm form) {
        LinkForm.Checked checked = form.check(links::nextPosition);
        if (checked.values() == null) {
            return new Saving.Refused(checked.errors());
        }
        long id = links.insert(checked.values(), clock.instant());
        record(
                editor,
                "links.add",
                id,
                checked.values().titleEn(),
                checked.values().url());
        return new Saving.Saved(id);
    }

    @Transactional
    Saving update(MemberPrincipal editor, Link link, LinkForm form) {
        LinkForm.Checked checked = form.check(links::nextPosition);
        if (checked.values() == null) {
            return new Saving.Refused(checked.errors());
        }
        links.update(link.id(), checked.values(), clock.instant());
        String changed = String.join(", ", changes(link, checked.values()));
        record(editor, "links.edit", link.id(), checked.values().titleEn(), "changed: " + changed);
        return new Saving.Saved(link.id());
    }

    @Transactional
    boolean delete(MemberPrincipal editor, Link link) {
        if (!links.delete(link.id())) {
            return false;
        }
        record(editor, "links.delete", link.id(), link.titleEn(), link.url());
        return true;
    }

    @Transactional
    boolean markEditorChecked(MemberPrincipal editor, Link link) {
        if (!links.markEditorChecked(link.id(), clock.instant())) {
            return false;
        }
        record(editor, "links.editorChecked", link.id(), link.titleEn(), link.url());
        return true;
    }

    /** Replaces a moved link's address with the one the checker was sent to. */
    @Transactional
    boolean useNewAddress(MemberPrincipal editor, Link link) {
        if (!link.moved() || link.movedTo() == null || !WebAddress.isValid(link.movedTo())) {
            return false;
        }
        LinkValues values = new LinkValues(
                link.kind(),
                link.titleEn(),
                link.titleJa(),
                link.movedTo(),
                link.language(),
                link.descriptionEn(),
                link.descriptionJa(),
                link.position(),
                link.editorChecked(),
                link.editorNote());
        links.update(link.id(), values, clock.instant());
        record(editor, "links.newAddress", link.id(), link.titleEn(), link.url() + " -> " + link.movedTo());
        return true;
    }

    /** Which fields an edit changed, by their column names: short enough for the audit log, and never ambiguous. */
    static List<String> changes(Link before, LinkValues after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "kind", before.kind(), after.kind());
        compare(changed, "title_en", before.titleEn(), after.titleEn());
        compare(changed, "title_ja", before.titleJa(), after.titleJa());
        compare(changed, "url", before.url(), after.url());
        compare(changed, "language", before.language(), after.language());
        compare(changed, "description_en", before.descriptionEn(), after.descriptionEn());
        compare(changed, "description_ja", before.descriptionJa(), after.descriptionJa());
        compare(changed, "position", before.position(), after.position());
        compare(changed, "editor_checked", before.editorChecked(), after.editorChecked());
        compare(changed, "editor_note", before.editorNote(), after.editorNote());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    /** The audit log's detail column holds 500 characters: the id, the start of the title, and what happened. */
    /** Every editor's change to a link: to the audit log, and to search, which reads the link again. */
    void record(MemberPrincipal editor, String action, long id, String title, String what) {
        search.changed(LinkSearchSource.TYPE, id);
        String detail = "link " + id + " \"" + shorten(title, 120) + "\"" + (what == null ? "" : ": " + what);
        audit.record(editor.id(), editor.displayName(), action, null, null, shorten(detail, 500), null);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
