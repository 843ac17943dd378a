package org.mpscommons.forum.moderation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.forum.Categories;
import org.mpscommons.forum.Category;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.Reader;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicController;
import org.mpscommons.forum.TopicReading;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The moderators' queue and their actions on single posts (ForumSecurity admits moderators only). */
@Controller
class ReviewController {

    private final ReviewQueue queue;
    private final Flags flags;
    private final Moderation moderation;
    private final TopicReading reading;
    private final Categories categories;
    private final org.mpscommons.accounts.Suspensions suspensions;
    private final PageFactory pages;

    ReviewController(
            ReviewQueue queue,
            Flags flags,
            Moderation moderation,
            TopicReading reading,
            Categories categories,
            org.mpscommons.accounts.Suspensions suspensions,
            PageFactory pages) {
        this.suspensions = suspensions;
        this.categories = categories;
        this.flags = flags;
        this.queue = queue;
        this.moderation = moderation;
        this.reading = reading;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/forum/review")
    String queue(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(required = false) String done,
            HttpServletRequest request,
            Model model) {
        List<ReviewItem> items = queue.page(after);
        model.addAttribute("page", pages.privatePage(lang, "/forum/review", request));
        Long next = items.size() == ReviewQueue.PAGE_SIZE
                ? items.get(items.size() - 1).post().id()
                : null;
        String doneKey = done == null
                ? null
                : switch (done) {
                    case "approved" -> "forum.review.approved";
                    case "rejected" -> "forum.review.rejected";
                    case "hidden" -> "forum.review.hidden";
                    case "dismissed" -> "forum.review.dismissed";
                    default -> "forum.review.alreadyHandled";
                };
        model.addAttribute("view", new ReviewPage(items, queue.count(), next, flags.queue(), flags.count(), doneKey));
        return "forum/review";
    }

    @PostMapping("/" + Routes.LANG + "/forum/review/{postId}/approve")
    String approve(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        return afterReview(lang, moderation.approve(moderator, postId), "approved");
    }

    @PostMapping("/" + Routes.LANG + "/forum/review/{postId}/reject")
    String reject(
            @PathVariable Language lang,
            @PathVariable long postId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        return afterReview(lang, moderation.reject(moderator, postId, reason), "rejected");
    }

    @PostMapping("/" + Routes.LANG + "/forum/review/flags/{postId}/hide")
    String hideFlagged(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        return afterReview(lang, flags.hide(moderator, postId), "hidden");
    }

    @PostMapping("/" + Routes.LANG + "/forum/review/flags/{postId}/dismiss")
    String dismissFlags(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        return afterReview(lang, flags.dismiss(moderator, postId), "dismissed");
    }

    @PostMapping("/" + Routes.LANG + "/forum/moderate/{postId}/hide")
    String hide(
            @PathVariable Language lang,
            @PathVariable long postId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        moderation.hide(moderator, postId, reason);
        return "redirect:"
                + reading.location(postId, Reader.of(moderator, null), lang)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Suspends the author of a post (accounts decides whether this moderator may, and records it). */
    @PostMapping("/" + Routes.LANG + "/forum/moderate/{postId}/suspend-author")
    String suspendAuthor(
            @PathVariable Language lang,
            @PathVariable long postId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        Post post = reading.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (post.authorId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var errors = suspensions.suspend(moderator, post.authorId(), reason);
        Topic topic = reading.topic(post.topicId(), Reader.of(moderator, null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String outcome = !errors.any() ? "suspended" : errors.has("reason") ? "suspendReason" : "suspendRefused";
        return "redirect:" + TopicController.location(lang, topic, post.number(), outcome);
    }

    @PostMapping("/" + Routes.LANG + "/forum/moderate/{postId}/restore")
    String restore(
            @PathVariable Language lang,
            @PathVariable long postId,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        moderation.restore(moderator, postId);
        return "redirect:"
                + reading.location(postId, Reader.of(moderator, null), lang)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/" + Routes.LANG + "/forum/moderate/t/{topicId}")
    String changeTopic(
            @PathVariable Language lang,
            @PathVariable long topicId,
            @RequestParam String change,
            @RequestParam(required = false) String category,
            @AuthenticationPrincipal MemberPrincipal moderator) {
        Moderation.TopicChange what;
        try {
            what = Moderation.TopicChange.valueOf(change.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Long categoryId = null;
        if (what == Moderation.TopicChange.MOVE) {
            categoryId = categories
                    .bySlug(category == null ? "" : category)
                    .map(Category::id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        }
        if (moderation.changeTopic(moderator, topicId, what, categoryId) == Moderation.Outcome.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Topic topic = reading.topic(topicId, Reader.of(moderator, null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/" + lang.code() + topic.path();
    }

    private static String afterReview(Language lang, Moderation.Outcome outcome, String done) {
        if (outcome == Moderation.Outcome.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/" + lang.code() + "/forum/review?done="
                + (outcome == Moderation.Outcome.DONE ? done : "already");
    }
}
