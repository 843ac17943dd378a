package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Starting a topic (members only; ForumSecurity sends visitors to sign in first). */
@Controller
class NewTopicController {

    private final Categories categories;
    private final Posting posting;
    private final ComposeBox composeBox;
    private final PageFactory pages;

    NewTopicController(Categories categories, Posting posting, ComposeBox composeBox, PageFactory pages) {
        this.composeBox = composeBox;
        this.categories = categories;
        this.posting = posting;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/forum/new")
    String initForm(
            @PathVariable Language lang,
            @RequestParam(required = false) String category,
            HttpServletRequest request,
            Model model) {
        String chosen = categories
                .bySlug(category == null ? "" : category)
                .map(Category::slug)
                .orElse("");
        return form(
                lang, TopicForm.empty(chosen), Composition.EMPTY, new FormErrors(), List.of(), null, request, model);
    }

    @PostMapping("/" + Routes.LANG + "/forum/new")
    String processForm(
            @PathVariable Language lang,
            @ModelAttribute TopicForm sent,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String imageAlt,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
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
