package org.mpscommons.articles;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors add and correct references in the browser, so a new article can cite a new paper without a release. The
 * identifiers are checked for their form only: whether a DOI or PMID belongs to the work is the editor's check, and
 * the status says how it was checked.
 */
@Service
class ReferenceEditing {

    static final Set<String> STATUSES = Set.of("verified", "verified-secondary", "unverified", "unusable");
    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]{1,80}");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S{1,190}");
    private static final Pattern PMID = Pattern.compile("\\d{1,10}");
    private static final Pattern PMCID = Pattern.compile("PMC\\d{1,12}");
    private static final Pattern ISBN = Pattern.compile("[0-9][0-9-]{8,15}[0-9Xx]");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]{1,990}");

    private final ReferenceRepository references;
    private final AuditLog audit;
    private final Clock clock;

    ReferenceEditing(ReferenceRepository references, AuditLog audit, Clock clock) {
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param existing null to add a new reference */
    @Transactional
    public FormErrors save(MemberPrincipal editor, Reference existing, ReferenceForm form) {
        FormErrors errors = new FormErrors();
        String key = existing != null ? existing.key() : ReferenceForm.clean(form.key());
        if (existing == null && !KEY.matcher(key).matches()) {
            errors.reject("key", "references.error.key");
        } else if (existing == null && references.exists(key)) {
            errors.reject("key", "references.error.key.taken");
        }
        String title = ReferenceForm.clean(form.title());
        if (title.isEmpty()) {
            errors.reject("title", "references.error.title");
        } else if (title.length() > 1000) {
            errors.reject("title", "references.error.length");
        }
        length(form.authors(), 1000, "authors", errors);
        length(form.container(), 500, "container", errors);
        length(form.details(), 500, "details", errors);
        length(form.evidenceType(), 200, "evidenceType", errors);
        Integer year = null;
        String yearText = ReferenceForm.clean(form.year());
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                year = -1;
            }
            if (year < 1500 || year > 2200) {
                errors.reject("year", "references.error.year");
            }
        }
        String doi = identifier(form.doi(), DOI, "doi", errors);
        String pmid = identifier(form.pmid(), PMID, "pmid", errors);
        String pmcid = identifier(form.pmcid(), PMCID, "pmcid", errors);
        String isbn = identifier(form.isbn(), ISBN, "isbn", errors);
        String url = identifier(form.url(), URL, "url", errors);
        String status = ReferenceForm.clean(form.status());
        if (!STATUSES.contains(status)) {
            errors.reject("status", "references.error.status");
        }
        if (errors.any()) {
            return errors;
        }
        Reference reference = new Reference(
                existing == null ? 0 : existing.id(),
                key,
                ReferenceForm.clean(form.authors()),
                title,
                ReferenceForm.clean(form.container()),
                year,
                ReferenceForm.clean(form.details()),
                doi,
                pmid,
                pmcid,
                isbn,
                url,
                ReferenceForm.clean(form.evidenceType()),
                status);
        if (existing == null) {
            references.insert(reference, clock.instant());
        } else {
            references.update(reference, clock.instant(), true);
        }
        audit.record(
                editor.id(),
                editor.displayName(),
                existing == null ? "references.create" : "references.edit",
                null,
                null,
                key,
                null);
        return errors;
    }

    Optional<Reference> find(String key) {
        return references.byKeys(java.util.List.of(key)).stream().findFirst();
    }

    private static void length(String value, int max, String field, FormErrors errors) {
        if (ReferenceForm.clean(value).length() > max) {
            errors.reject(field, "references.error.length");
        }
    }

    private static String identifier(String value, Pattern form, String field, FormErrors errors) {
        String cleaned = ReferenceForm.clean(value);
        if (cleaned.isEmpty()) {
            return null;
        }
        if (!form.matcher(cleaned).matches()) {
            errors.reject(field, "references.error." + field);
        }
        return cleaned;
    }
}
