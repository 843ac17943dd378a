package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.Rendered;
import org.mpscommons.forum.drafts.Drafts;
import org.mpscommons.forum.drafts.KeptPage;
import org.mpscommons.forum.drafts.Place;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.Language;
import org.mpscommons.web.Page;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.mpscommons.web.VisitorPageCache;
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

/** A topic's pages, the reply form at their foot, and permalinks to single posts. */
@Controller
public class TopicController {

    private final TopicReading reading;
    private final Posting posting;
    private final TopicViews views;
    private final FormTimer formTimer;
    private final PageFactory pages;
    private final TopicJsonLd jsonLd;
    private final Categories categories;
    private final ComposeBox composeBox;
    private final Drafts drafts;
    private final KeptPage keptPage;

    TopicController(
            TopicReading reading,
            Posting posting,
            TopicViews views,
            FormTimer formTimer,
            PageFactory pages,
            TopicJsonLd jsonLd,
            Categories categories,
            ComposeBox composeBox,
            Drafts drafts,
            KeptPage keptPage) {
        this.composeBox = composeBox;
        this.drafts = drafts;
        this.keptPage = keptPage;
        this.categories = categories;
        this.reading = reading;
        this.posting = posting;
        this.views = views;
        this.formTimer = formTimer;
        this.pages = pages;
        this.jsonLd = jsonLd;
    }

    @GetMapping("/" + Routes.LANG + "/forum/t/{id}/{slug}")
    String topic(
            @PathVariable Language lang,
            @PathVariable long id,
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String posted,
            @RequestParam(required = false) Long quote,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Reader reader = Reader.of(member, GuestKey.of(request));
        Topic topic = reading.topic(id, reader).orElseThrow(TopicController::notFound);
        if (!topic.slug().equals(slug)) {
            return "redirect:/" + lang.code() + topic.path() + (page > 1 ? "?page=" + page : "");
        }
        views.viewed(topic.id());
        // What every visitor sees alike is kept by the visitor page cache, which fills in each visitor's form values.
        boolean visitorView = !reader.signedIn()
                && reader.guestKey() == null
                && posted == null
                && quote == null
                && topic.status() == PostStatus.VISIBLE
                && !topic.membersOnly();
        TopicPage topicPage = reading.page(topic, page, reader).orElseThrow(TopicController::notFound);
        if (visitorView) {
            VisitorPageCache.markSameForEveryVisitor(request);
        }
        String notice = posted == null
                ? null
                : switch (posted) {
                    case "review" -> "forum.posted.review";
                    case "flagged" -> "forum.flag.thanks";
                    case "suspended" -> "forum.suspend.done";
                    case "suspendReason" -> "forum.suspend.reasonMissing";
                    case "suspendRefused" -> "forum.suspend.notAllowed";
                    default -> null;
                };
        ReplyForm form = ReplyForm.empty(formTimer.stamp(request));
        Composition composition = Composition.EMPTY;
        if (quote != null) {
            composition = Composition.quoting(quoted(topicPage, quote, lang));
        }
        if (member != null && canReply(topic, reader)) {
            // The member's unsent text for this topic (saved as they typed, or kept while their session had ended).
            Drafts.Opened opened = drafts.open(member.id(), Place.topic(topic.id()), request);
            if (opened.draft() != null) {
                // A quote asked for now shows as its card above the box; the box holds the draft.
                form = form.withBody(opened.draft().body());
            }
            model.addAttribute("draftBox", opened.box());
            if (opened.draft() != null) {
                // A draft may hold health details: no cache keeps the page it is in.
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
        }
        return render(
                lang,
                topicPage,
                reader,
                form,
                composition,
                new FormErrors(),
                List.of(),
                null,
                quote != null ? "forum.compose.quote.notice" : notice,
                request,
                response,
                model);
    }

    @GetMapping("/" + Routes.LANG + "/forum/t/{id}")
    String topicWithoutSlug(
            @PathVariable Language lang,
            @PathVariable long id,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request) {
        Topic topic = reading.topic(id, Reader.of(member, GuestKey.of(request))).orElseThrow(TopicController::notFound);
        // Back from signing in with a text kept for this topic: straight to the reply box it waits in.
        boolean textWaits = member != null && drafts.waiting(request, Place.topic(id));
        return "redirect:/" + lang.code() + topic.path() + (textWaits ? "#" + Place.REPLY_ANCHOR : "");
    }

    /** A post's permanent address: wherever its page is now, this leads there. */
    @GetMapping("/" + Routes.LANG + "/forum/p/{postId}")
    String permalink(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request) {
        Reader reader = Reader.of(member, GuestKey.of(request));
        Post post = reading.post(postId).filter(reader::sees).orElseThrow(TopicController::notFound);
        Topic topic = reading.topic(post.topicId(), reader).orElseThrow(TopicController::notFound);
        return "redirect:" + location(lang, topic, post.number(), null);
    }

    @PostMapping("/" + Routes.LANG + "/forum/t/{id}/reply")
    String reply(
            @PathVariable Language lang,
            @PathVariable long id,
            @ModelAttribute ReplyForm sent,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String imageAlt,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (member == null && sent.guestName() == null) {
            // A member's form (a guest's always has the name field) sent without a signed-in session: the session
            // ended while they wrote. Their words are shown back, never posted as a guest's comment. Checked before
            // the topic is looked up: a members-only topic is not found for a visitor.
            return keptPage.show(lang, Place.topic(id), "", sent.body(), false, request, response, model);
        }
        Reader reader = Reader.of(member, GuestKey.of(request));
        Topic topic = reading.topic(id, reader).orElseThrow(TopicController::notFound);
        boolean moderator = reader.moderator();
        if (topic.status() != PostStatus.VISIBLE || (topic.locked() && !moderator)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (member == null && looksAutomated(sent)) {
            // A bot is told what a guest is told, and nothing is saved.
            return "redirect:/" + lang.code() + topic.path() + "?posted=review";
        }
        // Photos come from members only: a guest's comment is words (and may quote).
        ComposeBox.Received received =
                composeBox.receive(request, member == null ? null : member.id(), image, imageAlt);
        Composition composition = member == null ? received.composition().withoutPhotos() : received.composition();
        Reply reply = new Reply(lang, topic, reader, sent, composition);
        if (received.refusal().any()) {
            return renderForm(reply, received.refusal(), List.of(), null, request, response, model);
        }
        if (received.removed()) {
            return renderForm(reply, new FormErrors(), List.of(), null, request, response, model);
        }
        if (sent.wantsPreview()) {
            Rendered preview = posting.preview(composition.markdown(sent.body()), sent.language(), lang);
            return renderForm(reply, new FormErrors(), List.of(), preview, request, response, model);
        }
        FormErrors descriptions = new FormErrors();
        composition.check(descriptions);
        if (descriptions.any()) {
            return renderForm(reply, descriptions, List.of(), null, request, response, model);
        }
        Writer writer = member != null
                ? Writer.member(member, request.getRemoteAddr())
                : Writer.guest(GuestKey.ensure(request, response), request.getRemoteAddr());
        Posted posted = posting.reply(writer, topic, sent.withBody(composition.markdown(sent.body())), lang);
        if (member != null && posted instanceof Posted.Saved) {
            drafts.clear(member.id(), Place.topic(topic.id()));
        }
        return switch (posted) {
            case Posted.Saved saved ->
                "redirect:"
                        + location(lang, topic, saved.number(), saved.status() == PostStatus.PENDING ? "review" : null);
            case Posted.Refused refused ->
                renderForm(reply, refused.errors(), List.of(), null, request, response, model);
            case Posted.NeedsConfirmation confirm ->
                renderForm(reply, new FormErrors(), confirm.findings(), null, request, response, model);
        };
    }

    /** A reply as it was sent: the form's text and fields, and the compose box's cards. */
    private record Reply(Language lang, Topic topic, Reader reader, ReplyForm form, Composition composition) {}

    /** The quoted post as a Markdown quote for the compose box's card ({@link Composition#quote}), or "" if unseen. */
    private String quoted(TopicPage topicPage, long postId, Language lang) {
        for (PostView view : topicPage.posts()) {
            if (view.post().id() == postId && view.showText() && !view.ignored()) {
                String name = view.author() != null
                        ? view.author().displayName()
                        : view.post().byGuest()
                                ? view.post().guestName()
                                : pages.messages(lang).get("forum.deletedMember");
                return Composition.quote(
                        markdownText(name),
                        "/" + lang.code() + "/forum/p/" + postId,
                        view.post().bodySource());
            }
        }
        return "";
    }

    /** A name as literal Markdown text: every ASCII punctuation mark escaped, so "[", "*" or "_" stay themselves. */
    static String markdownText(String name) {
        return name.replaceAll("[!-/:-@\\[-`{-~]", "\\\\$0");
    }

    private boolean looksAutomated(ReplyForm form) {
        return (form.website() != null && !form.website().isEmpty()) || formTimer.looksAutomated(form.started());
    }

    /** The topic's last page again, with the reply form as it was sent and what to fix. */
    private String renderForm(
            Reply reply,
            FormErrors errors,
            List<String> findings,
            Rendered preview,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Topic topic = reply.topic();
        TopicPage last = reading.page(topic, TopicReading.pageOf(Math.max(1, topic.postCount())), reply.reader())
                .orElseThrow(TopicController::notFound);
        Reader reader = reply.reader();
        if (reader.signedIn() && canReply(topic, reader)) {
            model.addAttribute("draftBox", drafts.box(reader.memberId(), Place.topic(topic.id())));
        }
        return render(
                reply.lang(),
                last,
                reply.reader(),
                reply.form().restarted(formTimer.stamp()),
                reply.composition(),
                errors,
                findings,
                preview,
                null,
                request,
                response,
                model);
    }

    private String render(
            Language lang,
            TopicPage topicPage,
            Reader reader,
            ReplyForm form,
            Composition composition,
            FormErrors errors,
            List<String> findings,
            Rendered preview,
            String notice,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Topic topic = topicPage.topic();
        String path = topic.path() + (topicPage.page() > 1 ? "?page=" + topicPage.page() : "");
        Language contentLanguage = Language.fromCode(topic.language()).orElse(lang);
        // Members-only topics, and anything a visitor's own state changes, stay out of search engines.
        boolean indexable = !topic.membersOnly()
                && topic.status() == PostStatus.VISIBLE
                && notice == null
                && !errors.any()
                && findings.isEmpty()
                && preview == null;
        Page page = indexable
                ? pages.contentPage(lang, path, contentLanguage, request)
                : pages.privatePage(lang, path, request);
        boolean canReply = canReply(topic, reader);
        String quoteBase = canReply ? topic.path() + "?page=" + topicPage.page() + "&quote=" : "";
        String topicJsonLd = indexable ? jsonLd.of(topicPage, page, pages.baseUrl()) : null;
        PostView opening = topicPage.opening();
        String description = opening != null && opening.showText()
                ? ContentPipeline.excerpt(opening.post().plainText(), DESCRIPTION)
                : null;
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new TopicView(
                        topicPage,
                        form,
                        composition,
                        errors,
                        findings,
                        preview,
                        notice,
                        canReply,
                        reader.moderator(),
                        reader.moderator() ? categories.all() : List.of(),
                        topicJsonLd,
                        quoteBase,
                        description));
        if (topic.membersOnly() || reader.guestKey() != null) {
            // A members-only topic, or a page that may show a guest's own waiting comment: for this browser only.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        return "forum/topic";
    }

    private static boolean canReply(Topic topic, Reader reader) {
        return topic.status() == PostStatus.VISIBLE && (!topic.locked() || reader.moderator());
    }

    /** Characters of the opening post in the page's meta description, about what search results show. */
    private static final int DESCRIPTION = 150;

    public static String location(Language lang, Topic topic, int number, String posted) {
        int page = TopicReading.pageOf(number);
        StringBuilder url = new StringBuilder("/" + lang.code() + topic.path());
        String separator = "?";
        if (page > 1) {
            url.append(separator).append("page=").append(page);
            separator = "&";
        }
        if (posted != null) {
            url.append(separator).append("posted=").append(posted);
        }
        return url.append("#post-").append(number).toString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
