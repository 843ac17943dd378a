package org.mpscommons.forum;

import java.util.List;

/**
 * One page of a topic as a reader sees it. Page numbers start at 1.
 *
 * @param following whether the (signed-in) reader follows the topic
 */
public record TopicPage(
        Topic topic, Category category, List<PostView> posts, int page, int pageCount, boolean following) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    public PostView opening() {
        return posts.isEmpty() || posts.get(0).post().number() != 1 ? null : posts.get(0);
    }
}
