package org.mpscommons.forum;

import java.util.List;

/**
 * A list of topics as a page shows it: pinned topics (first page of a category's latest list only), the topics, and
 * where the next page starts.
 *
 * @param language the language filter's value: ja, en or all
 * @param sort latest, top or unanswered
 * @param next the cursor for the next page's link, or null on the last page
 */
public record TopicListPage(
        List<TopicRow> pinned, List<TopicRow> topics, String language, String sort, String next, boolean continued) {

    public boolean empty() {
        return pinned.isEmpty() && topics.isEmpty();
    }
}
