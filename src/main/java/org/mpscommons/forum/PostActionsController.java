package org.mpscommons.forum;

import java.time.Clock;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a signed-in member does to a post, a topic or a category besides writing: react, follow, ignore the author.
 * Each is a small form that posts here and comes back to where it was pressed.
 */
@Controller
class PostActionsController {

    private final Reactions reactions;
    private final TopicReading reading;
    private final Categories categories;
    private final FollowRepository follows;
    private final Answers answers;
    private final Clock clock;

    PostActionsController(
            Reactions reactions,
            TopicReading reading,
            Categories categories,
            FollowRepository follows,
            Answers answers,
            Clock clock) {
        this.answers = answers;
        this.reactions = reactions;
        this.reading = reading;
        this.categories = categories;
        this.follows = follows;
        this.clock = clock;
    }

    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/react")
    String react(
            @PathVariable Language lang,
            @PathVariable long postId,
            @RequestParam String kind,
            @AuthenticationPrincipal MemberPrincipal member) {
        ReactionKind reaction =
                ReactionKind.parse(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (reactions.toggle(member, postId, reaction) == Reactions.Outcome.NOT_ALLOWED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:"
                + reading.location(postId, Reader.of(member, null), lang)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The asker (or a moderator) marks the reply that answered the question; pressed again, unmarks it. */
    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/answer")
    String answer(
            @PathVariable Language lang, @PathVariable long postId, @AuthenticationPrincipal MemberPrincipal member) {
        Reader reader = Reader.of(member, null);
        Post post = reading.post(postId)
                .filter(found -> found.status() == PostStatus.VISIBLE && !found.opening())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Topic topic = reading.topic(post.topicId(), reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean answersHere =
                categories.byId(topic.categoryId()).map(Category::hasAnswers).orElse(false);
        if (!answersHere || !(reader.moderator() || topic.isAuthor(member.id()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        answers.mark(topic.id(), Long.valueOf(post.id()).equals(topic.answerPostId()) ? null : post.id());
        return "redirect:"
                + reading.location(postId, Reader.of(member, null), lang)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/" + Routes.LANG + "/forum/t/{topicId}/follow")
    String followTopic(
            @PathVariable Language lang,
            @PathVariable long topicId,
            @RequestParam(defaultValue = "") String stop,
            @AuthenticationPrincipal MemberPrincipal member) {
        Topic topic = reading.topic(topicId, Reader.of(member, null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (stop.isEmpty()) {
            follows.followTopic(member.id(), topicId, clock.instant());
        } else {
            follows.unfollowTopic(member.id(), topicId);
        }
        return "redirect:/" + lang.code() + topic.path();
    }

    @PostMapping("/" + Routes.LANG + "/forum/c/{slug}/follow")
    String followCategory(
            @PathVariable Language lang,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String stop,
            @AuthenticationPrincipal MemberPrincipal member) {
        Category category =
                categories.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (stop.isEmpty()) {
            follows.followCategory(member.id(), category.id(), clock.instant());
        } else {
            follows.unfollowCategory(member.id(), category.id());
        }
        return "redirect:/" + lang.code() + "/forum/c/" + slug;
    }

    /** Hides everything the author of this post writes, for this member only. */
    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/ignore-author")
    String ignoreAuthor(
            @PathVariable Language lang,
            @PathVariable long postId,
            @RequestParam(defaultValue = "") String stop,
            @AuthenticationPrincipal MemberPrincipal member) {
        Post post = reading.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (post.authorId() == null || post.authorId() == member.id()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (stop.isEmpty()) {
            follows.ignore(member.id(), post.authorId(), clock.instant());
        } else {
            follows.unignore(member.id(), post.authorId());
        }
        return "redirect:"
                + reading.location(postId, Reader.of(member, null), lang)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
