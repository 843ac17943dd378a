package org.mpscommons.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mpscommons.accounts.Throttle;
import org.mpscommons.content.PersonalDataCheck;
import org.mpscommons.content.Rendered;
import org.mpscommons.content.ScriptLanguage;
import org.mpscommons.forum.images.ImageStore;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing topics and replies. Each write reads in order: may this writer post here, is the text acceptable, is the
 * writer within the limits, then one transaction stores the topic and post with its rendered HTML (rendered once,
 * here, never on the reading path).
 */
@Service
class Posting {

    /** The same text by the same writer within this time is a double submission or a copy-paste flood. */
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

    private final TopicRepository topics;
    private final TopicChanges changes;
    private final PostRepository posts;
    private final ForumMemberRepository forumMembers;
    private final PostText text;
    private final Throttle throttle;
    private final ForumProperties limits;
    private final FollowRepository follows;
    private final ImageStore images;
    private final MentionLinks mentionLinks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Posting(
            TopicRepository topics,
            TopicChanges changes,
            PostRepository posts,
            ForumMemberRepository forumMembers,
            PostText text,
            Throttle throttle,
            ForumProperties limits,
            FollowRepository follows,
            ImageStore images,
            MentionLinks mentionLinks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.images = images;
        this.mentionLinks = mentionLinks;
        this.follows = follows;
        this.events = events;
        this.topics = topics;
        this.changes = changes;
        this.posts = posts;
        this.forumMembers = forumMembers;
        this.text = text;
        this.throttle = throttle;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public Posted createTopic(Writer writer, Category category, TopicForm form, Language pageLanguage) {
        String title = PostRules.clean(form.title());
        String body = PostRules.clean(form.body());
        FormErrors errors = new FormErrors();
        PostRules.title(title, errors);
        Rendered rendered = checked(writer, body, errors);
        if (errors.any()) {
            return new Posted.Refused(errors);
        }
        List<String> findings = PersonalDataCheck.findings(title + "\n" + body);
        if (!findings.isEmpty() && !"yes".equals(form.confirmPublic())) {
            return new Posted.NeedsConfirmation(findings);
        }
        Instant now = now();
        String language = language(form.language(), title + "\n" + body, pageLanguage);
        PostStatus status = needsReview(writer) ? PostStatus.PENDING : PostStatus.VISIBLE;
        Visibility visibility = form.membersOnly() ? Visibility.MEMBERS : Visibility.PUBLIC;
        long topicId = topics.insert(
                category.id(), title, Slugs.of(title), language, visibility, status, writer.memberId(), now);
        int number = topics.nextPostNumber(topicId);
        changes.changed(topicId);
        long postId = posts.insert(new PostRepository.NewPost(
                topicId,
                number,
                writer.memberId(),
                null,
                null,
                language,
                status,
                body,
                mentionLinks.link(text.finished(rendered, language), language),
                now));
        recordLimits(writer);
        images.attach(writer.memberId(), postId, ImageStore.namesIn(body));
        // Whoever starts a topic wants to hear the answers.
        follows.followTopic(writer.memberId(), topicId, now);
        published(postId, topicId, status, writer);
        return new Posted.Saved(topicId, postId, number, status);
    }

    @Transactional
    public Posted reply(Writer writer, Topic topic, ReplyForm form, Language pageLanguage) {
        String body = PostRules.clean(form.body());
        String guestName = PostRules.cleanName(form.guestName());
        FormErrors errors = new FormErrors();
        if (writer.isGuest()) {
            PostRules.guestName(guestName, errors);
        }
        Rendered rendered = checked(writer, body, errors);
        if (errors.any()) {
            return new Posted.Refused(errors);
        }
        List<String> findings = PersonalDataCheck.findings(body);
        if (!findings.isEmpty() && !"yes".equals(form.confirmPublic())) {
            return new Posted.NeedsConfirmation(findings);
        }
        Instant now = now();
        String language = language(form.language(), body, pageLanguage);
        PostStatus status = needsReview(writer) ? PostStatus.PENDING : PostStatus.VISIBLE;
        int number = topics.nextPostNumber(topic.id());
        changes.changed(topic.id());
        long postId = posts.insert(new PostRepository.NewPost(
                topic.id(),
                number,
                writer.memberId(),
                writer.isGuest() ? guestName : null,
                writer.guestKey(),
                language,
                status,
                body,
                mentionLinks.link(text.finished(rendered, language), language),
                now));
        if (status == PostStatus.VISIBLE) {
            topics.replyShown(topic.id(), postId, number, now);
            changes.changed(topic.id());
        }
        recordLimits(writer);
        if (!writer.isGuest()) {
            images.attach(writer.memberId(), postId, ImageStore.namesIn(body));
            // Someone who joined a conversation wants to hear how it goes on (they can stop following).
            follows.followTopic(writer.memberId(), topic.id(), now);
        }
        published(postId, topic.id(), status, writer);
        return new Posted.Saved(topic.id(), postId, number, status);
    }

    private void published(long postId, long topicId, PostStatus status, Writer writer) {
        if (status == PostStatus.VISIBLE) {
            if (!writer.isGuest()) {
                // Every published post counts toward the member no longer being new.
                forumMembers.countApproval(writer.memberId());
            }
            events.publishEvent(new PostPublished(postId, topicId));
        }
    }

    /**
     * Renders a draft for the Preview button; nothing is stored. The language is chosen as saving would choose it,
     * for the words that name whom a quote quotes.
     */
    Rendered preview(String body, String chosenLanguage, Language pageLanguage) {
        String draft = PostRules.clean(body);
        return text.preview(draft, language(chosenLanguage, draft, pageLanguage));
    }

    /** The text's rules, then this writer's rate and duplicate limits. */
    private Rendered checked(Writer writer, String body, FormErrors errors) {
        Rendered rendered = text.checked(writer, body, errors);
        checkLimits(writer, body, errors);
        return rendered;
    }

    private boolean needsReview(Writer writer) {
        if (writer.isGuest()) {
            return true;
        }
        return !writer.trusted() && forumMembers.approvedPosts(writer.memberId()) < limits.reviewUntilApproved();
    }

    private void checkLimits(Writer writer, String body, FormErrors errors) {
        Duration hour = Duration.ofHours(1);
        if (writer.isGuest()) {
            if (throttle.reached(guestBucket(writer), limits.guestPostsPerHourPerAddress(), hour)
                    || throttle.reached(ALL_GUESTS, limits.guestPostsPerHour(), hour)) {
                errors.reject("body", "forum.error.rate.guest");
            }
        } else if (!writer.moderator() && throttle.reached(memberBucket(writer), limits.memberPostsPerHour(), hour)) {
            errors.reject("body", "forum.error.rate");
        }
        if (!body.isEmpty()
                && posts.recentlyPosted(writer.memberId(), writer.guestKey(), body, now().minus(DUPLICATE_WINDOW))) {
            errors.reject("body", "forum.error.duplicate");
        }
    }

    private void recordLimits(Writer writer) {
        if (writer.isGuest()) {
            throttle.record(guestBucket(writer));
            throttle.record(ALL_GUESTS);
        } else {
            throttle.record(memberBucket(writer));
        }
    }

    private static final String ALL_GUESTS = "forum-guests";

    private static String guestBucket(Writer writer) {
        return "forum-guest:" + writer.address();
    }

    private static String memberBucket(Writer writer) {
        return "forum-member:" + writer.memberId();
    }

    /** The writer's choice, else what the text's script says, else the language of the page they wrote on. */
    private static String language(String chosen, String text, Language pageLanguage) {
        if (Language.fromCode(chosen).isPresent()) {
            return chosen;
        }
        String guessed = ScriptLanguage.guess(text);
        return guessed != null ? guessed : pageLanguage.code();
    }

    private Instant now() {
        // The databases keep microseconds; so do list cursors made from what they return.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
