package org.mpscommons.articles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Throttle;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.Language;
import org.mpscommons.web.Page;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.mpscommons.web.VisitorPageCache;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The knowledge base as readers see it: the index, articles, their history and diffs, votes and error reports. */
@Controller
class ArticleController {

    static final int REPORT_MAX = 4000;
    /** A browser's address may vote once a day per article: enough for a family's computer, too few to stuff. */
    private static final Duration VOTE_WINDOW = Duration.ofDays(1);

    private static final int REPORTS_PER_HOUR = 5;

    private final ArticleReading reading;
    private final ArticleRepository articles;
    private final ArticleJsonLd jsonLd;
    private final PageFactory pages;
    private final FormTimer formTimer;
    private final Throttle throttle;
    private final java.time.Clock clock;

    ArticleController(
            ArticleReading reading,
            ArticleRepository articles,
            ArticleJsonLd jsonLd,
            PageFactory pages,
            FormTimer formTimer,
            Throttle throttle,
            java.time.Clock clock) {
        this.reading = reading;
        this.articles = articles;
        this.jsonLd = jsonLd;
        this.pages = pages;
        this.formTimer = formTimer;
        this.throttle = throttle;
        this.clock = clock;
    }

    @GetMapping("/" + Routes.LANG + "/articles/")
    String index(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.page(lang, "/articles/", request));
        model.addAttribute("index", reading.index(lang));
        model.addAttribute("editor", ArticleReading.isEditor(member));
        if (member == null) {
            VisitorPageCache.markSameForEveryVisitor(request);
        }
        return "articles/index";
    }

    @GetMapping("/" + Routes.LANG + "/articles")
    String indexWithoutSlash(@PathVariable Language lang) {
        return "redirect:/" + lang.code() + "/articles/";
    }

    /** A stable link to an article by its key, in the reader's language when it exists (used inside articles). */
    @GetMapping("/" + Routes.LANG + "/articles/k/{key}")
    String byKey(
            @PathVariable Language lang, @PathVariable String key, @AuthenticationPrincipal MemberPrincipal member) {
        Article article = reading.byKey(key, lang, member).orElseThrow(ArticleController::notFound);
        return "redirect:/" + article.language() + article.path();
    }

    @GetMapping("/" + Routes.LANG + "/articles/{slug}")
    String article(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(required = false) String done,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var found = reading.article(lang, slug, member);
        if (found.isEmpty()) {
            return notInThisLanguage(lang, slug, member, request, response, model);
        }
        return render(found.get(), lang, done, "", new FormErrors(), member, request, model);
    }

    @PostMapping("/" + Routes.LANG + "/articles/{slug}/vote")
    String vote(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(required = false) String helpful,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request) {
        Article article =
                reading.article(lang, slug, member).filter(Article::published).orElseThrow(ArticleController::notFound);
        String bucket = "article-vote:" + article.id() + ":" + request.getRemoteAddr();
        // Counted and checked in one step: votes sent all at once from one address count once.
        if (("yes".equals(helpful) || "no".equals(helpful)) && throttle.tryRecord(bucket, 1, VOTE_WINDOW)) {
            articles.vote(article.id(), "yes".equals(helpful), clock.instant());
        }
        return "redirect:/" + lang.code() + article.path() + "?done=voted#feedback";
    }

    @PostMapping("/" + Routes.LANG + "/articles/{slug}/report")
    String report(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String website,
            @RequestParam(required = false) String started,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        Article article =
                reading.article(lang, slug, member).filter(Article::published).orElseThrow(ArticleController::notFound);
        String text = body == null ? "" : body.strip();
        if ((website != null && !website.isEmpty()) || (member == null && formTimer.looksAutomated(started))) {
            // A bot is thanked like a person, and nothing is saved.
            return "redirect:/" + lang.code() + article.path() + "?done=reported#feedback";
        }
        FormErrors errors = new FormErrors();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            errors.reject("report", "articles.report.error.missing");
        } else if (length > REPORT_MAX) {
            errors.reject("report", "articles.report.error.length");
        }
        String bucket = "article-report:" + request.getRemoteAddr();
        if (!errors.any() && !throttle.tryRecord(bucket, REPORTS_PER_HOUR, Duration.ofHours(1))) {
            errors.reject("report", "articles.report.error.rate");
        }
        if (errors.any()) {
            return render(article, lang, null, text, errors, member, request, model);
        }
        articles.report(article.id(), text, member == null ? null : member.id(), clock.instant());
        return "redirect:/" + lang.code() + article.path() + "?done=reported#feedback";
    }

    @GetMapping("/" + Routes.LANG + "/articles/{slug}/history")
    String history(
            @PathVariable Language lang,
            @PathVariable String slug,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        Article article = reading.article(lang, slug, member).orElseThrow(ArticleController::notFound);
        model.addAttribute("page", pages.privatePage(lang, article.path() + "/history", request));
        model.addAttribute(
                "view", new ArticleHistoryPage(article, reading.revisions(article), ArticleReading.isEditor(member)));
        return "articles/history";
    }

    @GetMapping("/" + Routes.LANG + "/articles/{slug}/diff")
    String diff(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int from,
            @RequestParam(defaultValue = "0") int to,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        Article article = reading.article(lang, slug, member).orElseThrow(ArticleController::notFound);
        Revision older = reading.revision(article, Math.min(from, to)).orElseThrow(ArticleController::notFound);
        Revision newer = reading.revision(article, Math.max(from, to)).orElseThrow(ArticleController::notFound);
        model.addAttribute("page", pages.privatePage(lang, article.path() + "/diff", request));
        model.addAttribute(
                "view",
                new ArticleDiffPage(article, older, newer, LineDiff.between(older.comparable(), newer.comparable())));
        return "articles/diff";
    }

    private String render(
            Article article,
            Language lang,
            String done,
            String report,
            FormErrors errors,
            MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        boolean editor = ArticleReading.isEditor(member);
        var versions = reading.versions(article, member);
        Page page = article.published() && done == null && !errors.any()
                ? pages.translatedPage(lang, versions, request)
                : pages.privatePage(lang, article.path(), request);
        List<Reference> references = reading.references(article);
        if (member == null && article.published() && done == null && !errors.any()) {
            VisitorPageCache.markSameForEveryVisitor(request);
        }
        Language other = lang == Language.EN ? Language.JA : Language.EN;
        String translation = versions.containsKey(other) ? "/" + other.code() + versions.get(other) : null;
        String articleJsonLd = article.published()
                ? jsonLd.of(
                        article, references, pages.baseUrl() + "/" + lang.code() + article.path(), page.t("site.name"))
                : null;
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new ArticlePage(
                        article,
                        references,
                        reading.corrections(article),
                        translation,
                        articleJsonLd,
                        notice(done),
                        report,
                        errors,
                        formTimer.stamp(),
                        editor,
                        ArticleReviewTools.of(article, member, reading.today())));
        return "articles/article";
    }

    /** The message key that confirms what was just done, from the redirect's {@code done} parameter. */
    private static String notice(String done) {
        return done == null
                ? null
                : switch (done) {
                    case "voted" -> "articles.vote.thanks";
                    case "reported" -> "articles.report.thanks";
                    case "saved" -> "articles.edit.saved";
                    case "published" -> "articles.status.publishedNotice";
                    case "unpublished" -> "articles.status.unpublishedNotice";
                    case "review-editorial" -> "articles.review.editorial.done";
                    case "review-medical" -> "articles.review.medical.done";
                    case "review-outdated" -> "articles.review.outdated";
                    default -> null;
                };
    }

    /** A slug of the other language (the language switch, a shared link): its translation here, or say there is none. */
    private String notInThisLanguage(
            Language lang,
            String slug,
            MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Article original = reading.otherLanguage(lang, slug, member).orElseThrow(ArticleController::notFound);
        var translation = reading.byKey(original.translationKey(), lang, member)
                .filter(article -> article.language().equals(lang.code()));
        if (translation.isPresent()) {
            return "redirect:/" + lang.code() + translation.get().path();
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("page", pages.privatePage(lang, "/articles/" + slug, request));
        model.addAttribute("original", original);
        return "articles/not-translated";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
