package org.mpscommons.forum.moderation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mpscommons.accounts.Profile;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicRepository;

/** The topics and authors of a moderators' list of posts, read in one query each for the whole list. */
record ListedPosts(Map<Long, Topic> topics, Map<Long, Profile> authors) {

    static ListedPosts of(List<Post> posts, TopicRepository topicRepository, Profiles profiles) {
        Map<Long, Topic> topics =
                topicRepository.findAll(posts.stream().map(Post::topicId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Topic::id, Function.identity()));
        Map<Long, Profile> authors = profiles.authors(
                posts.stream().map(Post::authorId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return new ListedPosts(topics, authors);
    }

    Topic topic(Post post) {
        return topics.get(post.topicId());
    }

    /** A guest's own name, a member's display name, or null for a member whose account is gone. */
    String authorName(Post post) {
        if (post.authorId() == null) {
            return post.guestName();
        }
        Profile author = authors.get(post.authorId());
        return author == null ? null : author.displayName();
    }
}
