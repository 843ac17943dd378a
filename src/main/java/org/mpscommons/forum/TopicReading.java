package org.mpscommons.forum;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpscommons.accounts.Profile;
import org.mpscommons.accounts.Profiles;
import org.springframework.stereotype.Service;

/**
 * Reads a page of a topic for one reader: the topic, its posts in a range of numbers, and their authors' names in
 * one query each, whatever the number of posts.
 */
@Service
public class TopicReading {

    /** Posts per page: enough to read on, short enough for a phone on a slow connection. */
    static final int PAGE_SIZE = 20;

    private final TopicRepository topics;
    private final PostRepository posts;
    private final Categories categories;
    private final Profiles profiles;
    private final ReactionRepository reactions;
    private final FollowRepository follows;

    TopicReading(
            TopicRepository topics,
            PostRepository posts,
            Categories categories,
            Profiles profiles,
            ReactionRepository reactions,
            FollowRepository follows) {
        this.reactions = reactions;
        this.follows = follows;
        this.topics = topics;
        this.posts = posts;
        this.categories = categories;
        this.profiles = profiles;
    }

    /** The topic if this reader may read it; absent also when it does not exist, so existence is not revealed. */
    public Optional<Topic> topic(long id, Reader reader) {
        return topics.find(id).filter(reader::mayRead);
    }

    /** Where a post is shown to this reader (its topic page and anchor); empty if they may not see it. */
    public Optional<String> location(long postId, Reader reader, org.mpscommons.web.Language lang) {
        return post(postId)
                .filter(reader::sees)
                .flatMap(post -> topic(post.topicId(), reader)
                        .map(topic -> TopicController.location(lang, topic, post.number(), null)));
    }

    String categorySlug(Topic topic) {
        return categories.byId(topic.categoryId()).map(Category::slug).orElse("");
    }

    public Optional<Post> post(long id) {
        return posts.find(id);
    }

    /** Empty when the page number is beyond the topic's last page. */
    Optional<TopicPage> page(Topic topic, int page, Reader reader) {
        int pageCount = Math.max(1, (topic.postCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pageCount) {
            return Optional.empty();
        }
        int first = (page - 1) * PAGE_SIZE + 1;
        List<Post> range = posts.range(topic.id(), first, first + PAGE_SIZE - 1).stream()
                .filter(reader::sees)
                .toList();
        Set<Long> authorIds = new LinkedHashSet<>();
        range.forEach(post -> {
            if (post.authorId() != null) {
                authorIds.add(post.authorId());
            }
        });
        Map<Long, Profile> authors = profiles.authors(authorIds);
        // What only a signed-in reader has: their reactions, whom they ignore, whether they follow. Visitors,
        // the crawlers among them, cost none of these queries.
        Set<String> reacted = Set.of();
        Set<Long> ignored = Set.of();
        boolean following = false;
        if (reader.signedIn()) {
            reacted = reactions.mine(
                    reader.memberId(), range.stream().map(Post::id).toList());
            ignored = Set.copyOf(follows.ignoredBy(reader.memberId()));
            following = follows.followsTopic(reader.memberId(), topic.id());
        }
        Category category = categories.byId(topic.categoryId()).orElseThrow();
        boolean decidesAnswer = category.hasAnswers() && (reader.moderator() || topic.isAuthor(reader.memberId()));
        List<PostView> views = new java.util.ArrayList<>();
        for (Post post : range) {
            boolean isIgnored = post.authorId() != null && ignored.contains(post.authorId());
            views.add(new PostView(
                    post,
                    post.authorId() == null ? null : authors.get(post.authorId()),
                    reader.seesText(post),
                    topic.answerPostId() != null && topic.answerPostId() == post.id(),
                    isIgnored,
                    reacted.contains(post.id() + ":" + ReactionKind.HELPFUL.name()),
                    reacted.contains(post.id() + ":" + ReactionKind.ME_TOO.name()),
                    reader.wrote(post),
                    reader.signedIn() && Editing.canEdit(reader, post),
                    decidesAnswer && !post.opening() && post.status() == PostStatus.VISIBLE));
        }
        return Optional.of(new TopicPage(topic, category, List.copyOf(views), page, pageCount, following));
    }

    static int pageOf(int postNumber) {
        return (postNumber - 1) / PAGE_SIZE + 1;
    }
}
