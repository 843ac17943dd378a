package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.content.Rendered;
import org.mpscommons.forum.drafts.Draft;
import org.mpscommons.forum.drafts.Drafts;
import org.mpscommons.forum.drafts.KeptPage;
import org.mpscommons.forum.drafts.Place;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Starting a topic (members only). A visitor who asks for the form is told why it needs an account and shown the two
 * ways in: an account, or a guest's comment on any topic. A story is a topic in the stories' category, started here
 * too; a text sent after the member's session ended is shown back, never posted as a guest's.
 */
@Controller
class NewTopicController {

    private final Categories categories;
    private final Posting posting;
    private final ComposeBox composeBox;
    private final PageFactory pages;
    private final Drafts drafts;
    private final KeptPage keptPage;

    NewTopicController(
            Categories categories,
            Posting posting,
            ComposeBox composeBox,
            PageFactory pages,
            Drafts drafts,
            KeptPage keptPage) {
        this.composeBox = composeBox;
        this.drafts = drafts;
        this.keptPage = keptPage;
        this.categories = categories;
        this.posting = posting;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/forum/new")
    String initForm(
            @PathVariable Language lang,
            @RequestParam(required = false) String category,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (member == null) {
            return forVisitor(lang, category, request, model);
        }
        String chosen = categories
                .bySlug(category == null ? "" : category)
                .map(Category::slug)
                .orElse("");
        TopicForm form = TopicForm.empty(chosen);
        // The member's unsent topic in this category (without one chosen: their newest unsent topic).
        Drafts.Opened opened = drafts.open(member.id(), Place.newTopic(chosen), request);
        if (opened.draft() != null) {
            Draft draft = opened.draft();
            String draftCategory =
                    Place.parse(draft.place()).map(Place::category).orElse(chosen);
            form = new TopicForm(draftCategory, draft.title(), draft.body(), "", "public", null, null);
            // A draft may hold health details: no cache keeps the page it is in.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        model.addAttribute("draftBox", opened.box());
        return form(lang, form, Composition.EMPTY, new FormErrors(), List.of(), null, request, model);
    }

    @PostMapping("/" + Routes.LANG + "/forum/new")
    String processForm(
            @PathVariable Language lang,
            @ModelAttribute TopicForm sent,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String imageAlt,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (member == null) {
            // Sent after the member's session ended (the form itself needs a member): shown back, never lost.
            return keptPage.show(
                    lang, Place.newTopic(sent.category()), sent.title(), sent.body(), false, request, response, model);
        }
        model.addAttribute("draftBox", drafts.box(member.id(), Place.newTopic(sent.category())));
        ComposeBox.Received received = composeBox.receive(request, member.id(), image, imageAlt);
        Composition composition = received.composition();
        TopicForm form = sent;
        if (received.refusal().any()) {
            return form(lang, form, composition, received.refusal(), List.of(), null, request, model);
        }
        if (received.removed()) {
            return form(lang, form, composition, new FormErrors(), List.of(), null, request, model);
        }
        Category category = categories
                .bySlug(form.category() == null ? "" : form.category())
                .orElse(null);
        if (category == null) {
            FormErrors errors = new FormErrors().reject("category", "forum.error.category.missing");
            return form(lang, form, composition, errors, List.of(), null, request, model);
        }
        if (form.wantsPreview()) {
            Rendered preview = posting.preview(composition.markdown(form.body()), form.language(), lang);
            return form(lang, form, composition, new FormErrors(), List.of(), preview, request, model);
        }
        FormErrors descriptions = new FormErrors();
        composition.check(descriptions);
        if (descriptions.any()) {
            return form(lang, form, composition, descriptions, List.of(), null, request, model);
        }
        Posted posted = posting.createTopic(
                Writer.member(member, request.getRemoteAddr()),
                category,
                form.withBody(composition.markdown(form.body())),
                lang);
        if (posted instanceof Posted.Saved) {
            drafts.clearNewTopic(member.id(), category.slug());
        }
        return switch (posted) {
            case Posted.Saved saved ->
                "redirect:/" + lang.code() + "/forum/t/" + saved.topicId() + "/"
                        + Slugs.of(form.title().strip())
                        + (saved.status() == PostStatus.PENDING ? "?posted=review" : "");
            case Posted.Refused refused ->
                form(lang, form, composition, refused.errors(), List.of(), null, request, model);
            case Posted.NeedsConfirmation confirm ->
                form(lang, form, composition, new FormErrors(), confirm.findings(), null, request, model);
        };
    }

    private String forVisitor(Language lang, String category, HttpServletRequest request, Model model) {
        var chosen = categories.bySlug(category == null ? "" : category);
        model.addAttribute("page", pages.privatePage(lang, "/forum/new", request));
        // Signed in, they come back to this form, with the category they came from.
        model.addAttribute(
                "returnTo",
                "/" + lang.code() + "/forum/new"
                        + chosen.map(c -> "?category=" + c.slug()).orElse(""));
        // A guest comments from a topic: the category's topics, or the whole forum's.
        model.addAttribute("topicsPath", chosen.map(c -> "/forum/c/" + c.slug()).orElse("/forum/"));
        return "forum/new-topic-visitor";
    }

    private String form(
            Language lang,
            TopicForm form,
            Composition composition,
            FormErrors errors,
            List<String> findings,
            Rendered preview,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/forum/new", request));
        model.addAttribute("view", new NewTopicPage(form, composition, errors, findings, preview, categories.all()));
        return "forum/new-topic";
    }
}
