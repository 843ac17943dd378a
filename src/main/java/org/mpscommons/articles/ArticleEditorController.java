package org.mpscommons.articles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editors write in the browser: new articles and translations, edits with a server-rendered preview, publishing,
 * rolling back, and the editors' desk (error reports, votes, reviews due). Others get 404: these pages do not exist
 * for them. Reviews are recorded by {@link ArticleReviewController}.
 */
@Controller
class ArticleEditorController {

    static final int REPLY_MAX = 2000;

    private final Articles writing;
    private final ArticleReading reading;
    private final ArticleRepository articles;
    private final PageFactory pages;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ArticleEditorController(
            Articles writing,
            ArticleReading reading,
            ArticleRepository articles,
            PageFactory pages,
            AuditLog audit,
            java.time.Clock clock) {
        this.writing = writing;
        this.reading = reading;
        this.articles = articles;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/" + Routes.LANG + "/articles/new")
    String newArticle(
            @PathVariable Language lang,
            @RequestParam(required = false) String translationOf,
            @RequestParam(required = false) String theme,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        return form(
                lang,
                null,
                ArticleForm.empty(lang.code(), translationOf, theme),
                new FormErrors(),
                null,
                request,
                response,
                model);
    }

    @PostMapping("/" + Routes.LANG + "/articles/new")
    String create(
            @PathVariable Language lang,
            @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        if (form.wantsPreview()) {
            return form(lang, null, form, new FormErrors(), writing.preview(form), request, response, model);
        }
        return switch (writing.create(member, form)) {
            case Articles.Saved.Done done ->
                "redirect:/" + done.language() + "/articles/" + done.slug() + "?done=saved";
            case Articles.Saved.Refused refused ->
                form(lang, null, form, refused.errors(), null, request, response, model);
        };
    }

    @GetMapping("/" + Routes.LANG + "/articles/{slug}/edit")
    String edit(
            @PathVariable Language lang,
            @PathVariable String slug,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        Article article = reading.article(lang, slug, member).orElseThrow(ArticleController::notFound);
        return form(lang, article, ArticleForm.of(article), new FormErrors(), null, request, response, model);
    }

    @PostMapping("/" + Routes.LANG + "/articles/{slug}/edit")
    String save(
            @PathVariable Language lang,
            @PathVariable String slug,
            @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        Article article = reading.article(lang, slug, member).orElseThrow(ArticleController::notFound);
        if (form.wantsPreview()) {
            return form(lang, article, form, new FormErrors(), writing.preview(form), request, response, model);
        }
        return switch (writing.edit(member, article, form)) {
            case Articles.Saved.Done done ->
                "redirect:/" + done.language() + "/articles/" + done.slug() + "?done=saved";
            case Articles.Saved.Refused refused ->
                form(lang, article, form, refused.errors(), null, request, response, model);
        };
    }

    @PostMapping("/" + Routes.LANG + "/articles/{slug}/status")
    String status(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String publish,
            @AuthenticationPrincipal MemberPrincipal member) {
        editor(member);
        Article article = reading.article(lang, slug, member).orElseThrow(ArticleController::notFound);
        boolean published = "yes".equals(publish);
        writing.publish(member, article, published);
        return "redirect:/" + lang.code() + article.path() + "?done=" + (published ? "published" : "unpublished");
    }

    @PostMapping("/" + Routes.LANG + "/articles/{slug}/rollback")
    String rollBack(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam int revision,
            @AuthenticationPrincipal MemberPrincipal member) {
        editor(member);
        Article article = reading.article(lang, slug, member).orElseThrow(ArticleController::notFound);
        return switch (writing.rollBack(member, article, revision)) {
            case Articles.Saved.Done done ->
                "redirect:/" + done.language() + "/articles/" + done.slug() + "?done=saved";
            // The old revision's address is taken by another article now: the history says what to do.
            case Articles.Saved.Refused refused -> "redirect:/" + lang.code() + article.path() + "/history?refused";
        };
    }

    /**
     * The editors' desk: error reports to answer, articles whose editorial review is due (with where their medical
     * review stands), and what readers said of each article.
     */
    @GetMapping("/" + Routes.LANG + "/editors/")
    String desk(
            @PathVariable Language lang,
            @RequestParam(required = false) String done,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        List<Article> all = articles.all();
        var today = reading.today();
        model.addAttribute("page", pages.privatePage(lang, "/editors/", request));
        List<ErrorReport> handled = java.util.stream.Stream.concat(
                        articles.reports(ErrorReport.Status.ACCEPTED, 20).stream(),
                        articles.reports(ErrorReport.Status.REJECTED, 20).stream())
                .sorted(java.util.Comparator.comparing(ErrorReport::handledAt).reversed())
                .limit(20)
                .toList();
        String notice = "handled".equals(done)
                ? "editors.report.handled"
                : "refused".equals(done) ? "editors.report.refused" : null;
        model.addAttribute(
                "view",
                new DeskPage(
                        articles.reports(ErrorReport.Status.OPEN, 200),
                        handled,
                        all,
                        articles.votes(),
                        articles.openReportCounts(),
                        all.stream()
                                .filter(article -> article.editorialReviewDue(today))
                                .toList(),
                        today,
                        notice));
        return "articles/desk";
    }

    @PostMapping("/" + Routes.LANG + "/editors/reports/{id}")
    String handle(
            @PathVariable Language lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reply,
            @AuthenticationPrincipal MemberPrincipal member) {
        editor(member);
        String text = reply.strip();
        ErrorReport.Status chosen = "ACCEPTED".equals(status)
                ? ErrorReport.Status.ACCEPTED
                : "REJECTED".equals(status) ? ErrorReport.Status.REJECTED : null;
        if (chosen == null || text.codePointCount(0, text.length()) > REPLY_MAX) {
            return "redirect:/" + lang.code() + "/editors/?done=refused";
        }
        if (!articles.handle(id, chosen, text.isEmpty() ? null : text, member.id(), clock.instant())) {
            throw ArticleController.notFound();
        }
        audit.record(
                member.id(),
                member.displayName(),
                "articles.report." + chosen.name().toLowerCase(),
                null,
                null,
                "report " + id,
                text);
        return "redirect:/" + lang.code() + "/editors/?done=handled";
    }

    private String form(
            Language lang,
            Article article,
            ArticleForm form,
            FormErrors errors,
            ArticleText.Body preview,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = article == null ? "/articles/new" : article.path() + "/edit";
        model.addAttribute("page", pages.privatePage(lang, path, request));
        List<String> unknown = errors.has("body") ? writing.unknownReferences(form.clean(form.body())) : List.of();
        model.addAttribute("view", new ArticleEditPage(article, form, errors, preview, unknown));
        return "articles/edit";
    }

    private static void editor(MemberPrincipal member) {
        if (!ArticleReading.isEditor(member)) {
            throw ArticleController.notFound();
        }
    }
}
