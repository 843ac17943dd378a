package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editing and deleting a post, and reading its history. Anyone who may not edit a post gets 404, as if it did not
 * exist, so a member cannot probe other members' drafts or hidden posts by id. The history's earlier text is for the
 * post's writer and moderators; others get a page with only the dates of the changes (the "edited" marker links to
 * it, and a page that says why there is nothing more to read serves them better than a 404 would).
 */
@Controller
class EditController {

    private final TopicReading reading;
    private final Editing editing;
    private final Posting posting;
    private final ComposeBox composeBox;
    private final PageFactory pages;

    EditController(TopicReading reading, Editing editing, Posting posting, ComposeBox composeBox, PageFactory pages) {
        this.composeBox = composeBox;
        this.reading = reading;
        this.editing = editing;
        this.posting = posting;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/forum/p/{postId}/edit")
    String editForm(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        Editable editable = editable(postId, member);
        // The stored Markdown taken apart again: its quote and photos come back as the cards they were written with.
        Composition.Split split = Composition.split(editable.post().bodySource());
        EditForm form = new EditForm(
                editable.topic().title(), split.text(), editable.post().language(), "", null, null);
        return form(lang, editable, form, split.composition(), new FormErrors(), List.of(), null, request, model);
    }

    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/edit")
    String edit(
            @PathVariable Language lang,
            @PathVariable long postId,
            @ModelAttribute EditForm sent,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String imageAlt,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        Editable editable = editable(postId, member);
        EditForm form = sent;
        // Only the writer adds photos; a moderator editing keeps or removes those there are.
        Long uploader = editable.reader().wrote(editable.post()) ? member.id() : null;
        ComposeBox.Received received = composeBox.receive(request, uploader, image, imageAlt);
        Composition composition = received.composition();
        if (received.refusal().any()) {
            return form(lang, editable, form, composition, received.refusal(), List.of(), null, request, model);
        }
        if (received.removed()) {
            return form(lang, editable, form, composition, new FormErrors(), List.of(), null, request, model);
        }
        if (form.wantsPreview()) {
            // Saving keeps the post's language unless another is chosen; the preview does the same.
            String language = Language.fromCode(form.language())
                    .map(Language::code)
                    .orElse(editable.post().language());
            Rendered preview = posting.preview(composition.markdown(form.body()), language, lang);
            return form(lang, editable, form, composition, new FormErrors(), List.of(), preview, request, model);
        }
        FormErrors descriptions = new FormErrors();
        composition.check(descriptions);
        if (descriptions.any()) {
            return form(lang, editable, form, composition, descriptions, List.of(), null, request, model);
        }
        Posted posted = editing.edit(
                member,
                editable.reader(),
                editable.post(),
                editable.topic(),
                form.withBody(composition.markdown(form.body())));
        return switch (posted) {
            case Posted.Saved saved ->
                "redirect:" + TopicController.location(lang, editable.topic(), saved.number(), null);
            case Posted.Refused refused ->
                form(lang, editable, form, composition, refused.errors(), List.of(), null, request, model);
            case Posted.NeedsConfirmation confirm ->
                form(lang, editable, form, composition, new FormErrors(), confirm.findings(), null, request, model);
        };
    }

    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/delete")
    String delete(
            @PathVariable Language lang, @PathVariable long postId, @AuthenticationPrincipal MemberPrincipal member) {
        Reader reader = Reader.of(member, null);
        Post post = reading.post(postId)
                .filter(found -> Editing.canDelete(reader, found))
                .orElseThrow(EditController::notFound);
        Topic topic = reading.topic(post.topicId(), reader).orElseThrow(EditController::notFound);
        boolean topicGone = editing.delete(post, topic);
        return topicGone
                ? "redirect:/" + lang.code() + "/forum/c/" + reading.categorySlug(topic)
                : "redirect:" + TopicController.location(lang, topic, post.number(), null);
    }

    @GetMapping("/" + Routes.LANG + "/forum/p/{postId}/history")
    String history(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Reader reader = Reader.of(member, GuestKey.of(request));
        Post post = reading.post(postId).filter(reader::seesText).orElseThrow(EditController::notFound);
        Topic topic = reading.topic(post.topicId(), reader).orElseThrow(EditController::notFound);
        boolean full = Editing.keepsHistory(reader, post);
        if (full) {
            // Text the writer may erase: no browser cache keeps a copy of it.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        model.addAttribute("page", pages.privatePage(lang, "/forum/p/" + postId + "/history", request));
        model.addAttribute(
                "view",
                new PostHistoryPage(
                        post,
                        topic,
                        full ? editing.history(post) : List.of(),
                        full ? List.of() : editing.changeDates(post)));
        return "forum/history";
    }

    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/history/{revisionId}/erase")
    String eraseRevision(
            @PathVariable Language lang,
            @PathVariable long postId,
            @PathVariable long revisionId,
            @AuthenticationPrincipal MemberPrincipal member) {
        Reader reader = Reader.of(member, null);
        Post post = reading.post(postId)
                .filter(reader::seesText)
                .filter(found -> Editing.keepsHistory(reader, found))
                .orElseThrow(EditController::notFound);
        reading.topic(post.topicId(), reader).orElseThrow(EditController::notFound);
        if (!editing.eraseRevision(member, reader, post, revisionId)) {
            throw notFound();
        }
        return "redirect:/" + lang.code() + "/forum/p/" + postId + "/history#revision-" + revisionId;
    }

    private record Editable(Post post, Topic topic, Reader reader) {}

    private Editable editable(long postId, MemberPrincipal member) {
        Reader reader = Reader.of(member, null);
        Post post = reading.post(postId)
                .filter(found -> Editing.canEdit(reader, found))
                .orElseThrow(EditController::notFound);
        Topic topic = reading.topic(post.topicId(), reader).orElseThrow(EditController::notFound);
        return new Editable(post, topic, reader);
    }

    private String form(
            Language lang,
            Editable editable,
            EditForm form,
            Composition composition,
            FormErrors errors,
            List<String> findings,
            Rendered preview,
            HttpServletRequest request,
            Model model) {
        model.addAttribute(
                "page", pages.privatePage(lang, "/forum/p/" + editable.post().id() + "/edit", request));
        Reader reader = editable.reader();
        Post post = editable.post();
        model.addAttribute(
                "view",
                new EditPage(
                        post,
                        editable.topic(),
                        form,
                        composition,
                        errors,
                        findings,
                        preview,
                        !reader.wrote(post),
                        Editing.canDelete(reader, post),
                        reader.wrote(post)));
        return "forum/edit";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
