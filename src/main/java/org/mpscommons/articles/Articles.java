package org.mpscommons.articles;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the knowledge base: every save is a revision (who, when, why), editors publish, unpublish and roll back.
 * Nothing is saved unless all of it is valid. Reviews are {@link ArticleReviewing}'s.
 */
@Service
@NamedInterface("api")
public class Articles {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 400;
    static final int BODY_MAX = 60_000;
    static final int NOTE_MAX = 300;
    static final int TAGS_MAX = 400;
    static final int HTML_MAX = 200_000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final ArticleRepository articles;
    private final ReferenceRepository references;
    private final ArticleText text;
    private final PageFactory pages;
    private final AuditLog audit;
    private final org.mpscommons.search.SearchChanges search;
    private final Clock clock;

    Articles(
            ArticleRepository articles,
            ReferenceRepository references,
            ArticleText text,
            PageFactory pages,
            AuditLog audit,
            org.mpscommons.search.SearchChanges search,
            Clock clock) {
        this.search = search;
        this.articles = articles;
        this.references = references;
        this.text = text;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The works with these keys, in the keys' order, for features that cite the site's bibliography (the doctor kit's
     * letter and handout); keys the site does not have are left out.
     */
    public List<Reference> references(List<String> keys) {
        Map<String, Reference> found =
                references.byKeys(keys).stream().collect(Collectors.toMap(Reference::key, reference -> reference));
        return keys.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** What saving the form did: the article's id, or what to fix. */
    sealed interface Saved {
        record Done(long id, String language, String slug) implements Saved {}

        record Refused(FormErrors errors) implements Saved {}
    }

    @Transactional
    public Saved create(MemberPrincipal editor, ArticleForm form) {
        FormErrors errors = new FormErrors();
        Checked checked = checked(form, null, errors);
        if (errors.any()) {
            return new Saved.Refused(errors);
        }
        ArticleRepository.Content content = checked.content();
        Instant now = now();
        long id = articles.insert(content, ArticleStatus.DRAFT, now);
        articles.addRevision(
                id, 1, editor.id(), editor.displayName(), note(form, "articles.note.created"), content, now);
        articles.cite(id, references.idsInOrder(checked.cited()));
        search.changed(ArticleSearchSource.TYPE, id);
        audit.record(
                editor.id(),
                editor.displayName(),
                "articles.create",
                null,
                null,
                content.language() + "/" + content.slug(),
                null);
        return new Saved.Done(id, content.language(), content.slug());
    }

    @Transactional
    public Saved edit(MemberPrincipal editor, Article article, ArticleForm form) {
        FormErrors errors = new FormErrors();
        Checked checked = checked(form, article, errors);
        if (form.baseRevision() == null || form.baseRevision() != article.revision()) {
            errors.reject("body", "articles.error.conflict");
        }
        if (errors.any()) {
            return new Saved.Refused(errors);
        }
        ArticleRepository.Content content = checked.content();
        Instant now = now();
        if (!articles.update(article.id(), article.revision(), content, now)) {
            return new Saved.Refused(new FormErrors().reject("body", "articles.error.conflict"));
        }
        articles.addRevision(
                article.id(),
                article.revision() + 1,
                editor.id(),
                editor.displayName(),
                note(form, "articles.note.edited"),
                content,
                now);
        articles.cite(article.id(), references.idsInOrder(checked.cited()));
        search.changed(ArticleSearchSource.TYPE, article.id());
        audit.record(
                editor.id(),
                editor.displayName(),
                "articles.edit",
                null,
                null,
                content.language() + "/" + content.slug() + " r" + (article.revision() + 1),
                form.clean(form.note()));
        return new Saved.Done(article.id(), content.language(), content.slug());
    }

    /** Makes an earlier revision's text the current one, as a new revision: nothing is ever lost. */
    @Transactional
    public Saved rollBack(MemberPrincipal editor, Article article, int number) {
        Optional<Revision> old = articles.revision(article.id(), number);
        if (old.isEmpty()) {
            return new Saved.Refused(new FormErrors().reject("revision", "articles.error.revision"));
        }
        Revision revision = old.get();
        String note = pages.messages(Language.fromCode(article.language()).orElse(Language.fallback()))
                .get("articles.note.rolledBack", number);
        ArticleForm form = new ArticleForm(
                article.translationKey(),
                article.language(),
                revision.slug(),
                revision.title(),
                revision.summary(),
                revision.theme(),
                revision.tags(),
                revision.bodySource(),
                note,
                article.revision(),
                null);
        return edit(editor, article, form);
    }

    @Transactional
    public void publish(MemberPrincipal editor, Article article, boolean published) {
        articles.setStatus(article.id(), published ? ArticleStatus.PUBLISHED : ArticleStatus.UNPUBLISHED, now());
        search.changed(ArticleSearchSource.TYPE, article.id());
        audit.record(
                editor.id(),
                editor.displayName(),
                published ? "articles.publish" : "articles.unpublish",
                null,
                null,
                article.language() + "/" + article.slug(),
                null);
    }

    /** Renders the form's text as the article page would show it; nothing is stored. */
    ArticleText.Body preview(ArticleForm form) {
        return text.render(form.clean(form.body()), form.clean(form.language()), referenceLabel(form.language()));
    }

    String referenceLabel(String language) {
        return pages.messages(Language.fromCode(language).orElse(Language.fallback()))
                .get("articles.reference");
    }

    /** The content to save, and the references its text cites, in order: from the one rendering the checks made. */
    private record Checked(ArticleRepository.Content content, List<String> cited) {}

    private Checked checked(ArticleForm form, Article existing, FormErrors errors) {
        String language = existing != null ? existing.language() : form.clean(form.language());
        String key = existing != null ? existing.translationKey() : form.clean(form.translationKey());
        String slug = form.clean(form.slug());
        String title = form.clean(form.title());
        String summary = form.clean(form.summary());
        String body = form.clean(form.body());
        if (Language.fromCode(language).isEmpty()) {
            errors.reject("language", "articles.error.language");
        }
        if (!SLUG.matcher(key).matches() || key.length() > 80) {
            errors.reject("translationKey", "articles.error.key");
        } else if (existing == null
                && articles.byTranslationKey(key).stream()
                        .anyMatch(a -> a.language().equals(language))) {
            errors.reject("translationKey", "articles.error.key.taken");
        }
        if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
            errors.reject("slug", "articles.error.slug");
        } else if (articles.bySlug(language, slug)
                .filter(a -> existing == null || a.id() != existing.id())
                .isPresent()) {
            errors.reject("slug", "articles.error.slug.taken");
        }
        text(title, TITLE_MAX, "title", errors);
        text(summary, SUMMARY_MAX, "summary", errors);
        Theme theme = Theme.fromCode(form.clean(form.theme())).orElse(null);
        if (theme == null) {
            errors.reject("theme", "articles.error.theme");
        }
        if (form.clean(form.tags()).length() > TAGS_MAX) {
            errors.reject("tags", "articles.error.tags");
        }
        if (form.clean(form.note()).codePointCount(0, form.clean(form.note()).length()) > NOTE_MAX) {
            errors.reject("note", "articles.error.note");
        }
        ArticleText.Body rendered = null;
        if (body.isEmpty()) {
            errors.reject("body", "articles.error.body.missing");
        } else if (body.length() > BODY_MAX) {
            errors.reject("body", "articles.error.body.length");
        } else {
            rendered = text.render(body, language, referenceLabel(language));
            Set<String> known = references.byKeys(rendered.citedKeys()).stream()
                    .map(Reference::key)
                    .collect(Collectors.toSet());
            if (!known.containsAll(rendered.citedKeys())) {
                errors.reject("body", "articles.error.reference");
            } else if (rendered.html().length() > HTML_MAX) {
                errors.reject("body", "articles.error.body.length");
            }
        }
        if (errors.any()) {
            return null;
        }
        return new Checked(
                new ArticleRepository.Content(
                        key, language, slug, title, summary, theme, form.tagList(), body, rendered.html()),
                rendered.citedKeys());
    }

    /** Unknown citation keys in a text, for the editor's error message. */
    List<String> unknownReferences(String body) {
        List<String> cited = text.render(body, "en", "").citedKeys();
        Set<String> known = new HashSet<>(
                references.byKeys(cited).stream().map(Reference::key).toList());
        return cited.stream().filter(key -> !known.contains(key)).toList();
    }

    private static void text(String value, int max, String field, FormErrors errors) {
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            errors.reject(field, "articles.error." + field + ".missing");
        } else if (length > max) {
            errors.reject(field, "articles.error." + field + ".length");
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            errors.reject(field, "articles.error." + field + ".characters");
        }
    }

    private String note(ArticleForm form, String fallbackKey) {
        String note = form.clean(form.note());
        return note.isEmpty()
                ? pages.messages(Language.fromCode(form.clean(form.language())).orElse(Language.fallback()))
                        .get(fallbackKey)
                : note;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
