package org.mpscommons.forum.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.PostRepository;
import org.mpscommons.forum.Reader;
import org.mpscommons.forum.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members flag posts; moderators see the flagged posts together and hide them or dismiss the flags. */
@Service
class Flags {

    static final int NOTE_MAX = 500;
    static final int QUEUE_SIZE = 25;

    enum Outcome {
        FLAGGED,
        /** This member had flagged it before; one flag per member counts. */
        ALREADY_FLAGGED,
        NOT_ALLOWED
    }

    private final FlagRepository flags;
    private final PostRepository posts;
    private final TopicRepository topics;
    private final Moderation moderation;
    private final Profiles profiles;
    private final AuditLog audit;
    private final Clock clock;

    Flags(
            FlagRepository flags,
            PostRepository posts,
            TopicRepository topics,
            Moderation moderation,
            Profiles profiles,
            AuditLog audit,
            Clock clock) {
        this.flags = flags;
        this.posts = posts;
        this.topics = topics;
        this.moderation = moderation;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome flag(MemberPrincipal member, long postId, FlagReason reason, String note) {
        Reader reader = Reader.of(member, null);
        Post post = posts.find(postId).filter(reader::seesText).orElse(null);
        if (post == null || topics.find(post.topicId()).filter(reader::mayRead).isEmpty() || reader.wrote(post)) {
            return Outcome.NOT_ALLOWED;
        }
        String text = note == null ? "" : note.strip();
        if (text.codePointCount(0, text.length()) > NOTE_MAX) {
            text = text.substring(0, text.offsetByCodePoints(0, NOTE_MAX));
        }
        return flags.add(postId, member.id(), reason, text.isEmpty() ? null : text, clock.instant())
                ? Outcome.FLAGGED
                : Outcome.ALREADY_FLAGGED;
    }

    List<FlaggedPost> queue() {
        Map<Long, List<FlaggedPost.Flag>> open = flags.open(QUEUE_SIZE);
        Map<Long, Post> found = posts.findAll(open.keySet()).stream().collect(Collectors.toMap(Post::id, post -> post));
        List<Post> flagged = new ArrayList<>();
        open.keySet().forEach(id -> {
            if (found.containsKey(id)) {
                flagged.add(found.get(id));
            }
        });
        ListedPosts listed = ListedPosts.of(flagged, topics, profiles);
        return flagged.stream()
                .map(post -> new FlaggedPost(
                        post, listed.topic(post), listed.authorName(post), List.copyOf(open.get(post.id()))))
                .toList();
    }

    long count() {
        return flags.countOpenPosts();
    }

    @Transactional
    Moderation.Outcome hide(MemberPrincipal moderator, long postId) {
        Moderation.Outcome outcome = moderation.hide(moderator, postId, "flags");
        if (outcome != Moderation.Outcome.NOT_FOUND) {
            flags.resolve(postId, moderator.id(), "HIDDEN", clock.instant());
        }
        return outcome;
    }

    @Transactional
    Moderation.Outcome dismiss(MemberPrincipal moderator, long postId) {
        if (flags.resolve(postId, moderator.id(), "DISMISSED", clock.instant()) == 0) {
            return Moderation.Outcome.ALREADY_HANDLED;
        }
        audit.record(moderator.id(), moderator.displayName(), "forum.dismissFlags", null, null, "post " + postId, null);
        return Moderation.Outcome.DONE;
    }
}
