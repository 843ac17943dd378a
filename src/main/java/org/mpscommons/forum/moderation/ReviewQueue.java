package org.mpscommons.forum.moderation;

import java.util.List;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.PostRepository;
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
        ListedPosts listed = ListedPosts.of(waiting, topics, profiles);
        return waiting.stream()
                .map(post -> new ReviewItem(post, listed.topic(post), listed.authorName(post), post.byGuest()))
                .toList();
    }

    long count() {
        return posts.countPending();
    }
}
