package org.mpscommons.forum;

import java.time.Clock;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a signed-in member does to a post, a topic or a category besides writing: react, follow, ignore the author.
 * Each is a small form that posts here and comes back to where it was pressed. Reacting and following a topic also
 * answer a script that stays on the page (forum-actions.js, asking for JSON) with the new state in a few bytes; the
 * form's post, which asks for HTML, still gets its redirect.
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
        toggle(member, postId, kind);
        return "redirect:"
                + reading.location(postId, Reader.of(member, null), lang)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The same, for the page's script: whether this member's reaction now stands, and how many there are. */
    @PostMapping(value = "/" + Routes.LANG + "/forum/p/{postId}/react", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> reactInPlace(
            @PathVariable long postId, @RequestParam String kind, @AuthenticationPrincipal MemberPrincipal member) {
        ReactionKind reaction = parse(kind);
        boolean pressed = toggle(member, postId, reaction) == Reactions.Outcome.ADDED;
        Post post = reading.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int count = reaction == ReactionKind.HELPFUL ? post.helpful() : post.meToo();
        return json("{\"pressed\":" + pressed + ",\"count\":" + count + "}");
    }

    private Reactions.Outcome toggle(MemberPrincipal member, long postId, String kind) {
        return toggle(member, postId, parse(kind));
    }

    private Reactions.Outcome toggle(MemberPrincipal member, long postId, ReactionKind reaction) {
        Reactions.Outcome outcome = reactions.toggle(member, postId, reaction);
        if (outcome == Reactions.Outcome.NOT_ALLOWED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return outcome;
    }

    private static ReactionKind parse(String kind) {
        return ReactionKind.parse(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
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
        Topic topic = followTopic(member, topicId, stop.isEmpty());
        return "redirect:/" + lang.code() + topic.path();
    }

    /** The same, for the page's script: whether the member now follows the topic. */
    @PostMapping(value = "/" + Routes.LANG + "/forum/t/{topicId}/follow", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> followTopicInPlace(
            @PathVariable long topicId,
            @RequestParam(defaultValue = "") String stop,
            @AuthenticationPrincipal MemberPrincipal member) {
        boolean following = stop.isEmpty();
        followTopic(member, topicId, following);
        return json("{\"following\":" + following + "}");
    }

    private Topic followTopic(MemberPrincipal member, long topicId, boolean follow) {
        Topic topic = reading.topic(topicId, Reader.of(member, null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (follow) {
            follows.followTopic(member.id(), topicId, clock.instant());
        } else {
            follows.unfollowTopic(member.id(), topicId);
        }
        return topic;
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

    /** A member's own state: no cache keeps it. Built by hand: a boolean and a number need no JSON library. */
    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
