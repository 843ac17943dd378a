package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.accounts.MemberPrincipal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The forum's front page and its category pages. */
@Controller
class ForumController {

    private final Categories categories;
    private final TopicLists lists;
    private final PageFactory pages;
    private final FollowRepository follows;
    private final CategoryActivity activity;
    private final ListLanguageChoice languages;

    ForumController(
            Categories categories,
            TopicLists lists,
            PageFactory pages,
            FollowRepository follows,
            CategoryActivity activity,
            ListLanguageChoice languages) {
        this.follows = follows;
        this.categories = categories;
        this.lists = lists;
        this.pages = pages;
        this.activity = activity;
        this.languages = languages;
    }

    @GetMapping("/" + Routes.LANG + "/forum/")
    String index(
            @PathVariable Language lang,
            @RequestParam(name = "lang", required = false) String languageFilter,
            @RequestParam(required = false) String after,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String languages = this.languages.resolve(lang, languageFilter, request, response);
        boolean members = member != null;
        model.addAttribute("page", listPage(lang, "/forum/", languageFilter != null || after != null, request));
        model.addAttribute("categories", activity.rows(categories.all(), language(languages), members));
        model.addAttribute("latest", lists.latest(languages, after, members, TopicLists.PAGE_SIZE));
        sameForEveryVisitor(member, request);
        return "forum/index";
    }

    @GetMapping("/" + Routes.LANG + "/forum")
    String indexWithoutSlash(@PathVariable Language lang) {
        return "redirect:/" + lang.code() + "/forum/";
    }

    @GetMapping("/" + Routes.LANG + "/forum/c/{slug}")
    String category(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(name = "lang", required = false) String languageFilter,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Category category =
                categories.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean filtered = languageFilter != null || sort != null || after != null;
        model.addAttribute("page", listPage(lang, "/forum/c/" + slug, filtered, request));
        String languages = this.languages.resolve(lang, languageFilter, request, response);
        model.addAttribute(
                "view",
                new CategoryPage(
                        category,
                        lists.category(category, languages, sort, after, Reader.of(member, null)),
                        member != null && follows.followsCategory(member.id(), category.id()),
                        categories.all().stream()
                                .filter(other -> other.id() != category.id())
                                .toList()));
        sameForEveryVisitor(member, request);
        return "forum/category";
    }

    /** Members see members-only topics in lists; every visitor sees the same (ForumListVisitorPages). */
    private static void sameForEveryVisitor(MemberPrincipal member, HttpServletRequest request) {
        if (member == null) {
            VisitorPageCache.markSameForEveryVisitor(request);
        }
    }

    /** ja or en, or null for both languages. */
    private static String language(String choice) {
        return ListLanguageChoice.ALL.equals(choice) ? null : choice;
    }

    /** A list's first, unfiltered page is the one to index; its other pages and filters are not. */
    private Page listPage(Language lang, String path, boolean filtered, HttpServletRequest request) {
        return filtered ? pages.privatePage(lang, path, request) : pages.page(lang, path, request);
    }
}
