package org.mpscommons.forum.moderation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mpscommons.accounts.Profile;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.PostRepository;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicRepository;
import org.springframework.stereotype.Service;

/** The moderation queue: posts waiting for review, oldest first, with their topics and authors in one query each. */
@Service
class ReviewQueue {

    static final int PAGE_SIZE = 25;

    private final PostRepository posts;
    private final TopicRepository topics;
    private final Profiles profiles;

    ReviewQueue(PostRepository posts, TopicRepository topics, Profiles profiles) {
        this.posts = posts;
        this.topics = topics;
        this.profiles = profiles;
    }

    List<ReviewItem> page(long afterId) {
        List<Post> waiting = posts.pending(afterId, PAGE_SIZE);
        Map<Long, Topic> byId = topics
                .findAll(waiting.stream().map(Post::topicId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Topic::id, Function.identity()));
        Set<Long> authorIds =
                waiting.stream().map(Post::authorId).filter(id -> id != null).collect(Collectors.toSet());
        Map<Long, Profile> authors = profiles.authors(authorIds);
        return waiting.stream()
                .map(post -> new ReviewItem(
                        post,
                        byId.get(post.topicId()),
                        post.authorId() == null
                                ? post.guestName()
                                : authors.containsKey(post.authorId())
                                        ? authors.get(post.authorId()).displayName()
                                        : null,
                        post.byGuest()))
                .toList();
    }

    long count() {
        return posts.countPending();
    }
}
