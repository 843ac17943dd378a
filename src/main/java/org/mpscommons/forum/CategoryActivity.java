package org.mpscommons.forum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What the forum's front page says of each category: how many topics it has and which had the latest activity, in
 * the language the reader's list shows. Counting reads every topic's index entry, so a result is kept until a topic
 * anywhere changes: keyed by the newest topic version, which every change raises (as the visitor page cache is).
 */
@Component
class CategoryActivity {

    private final TopicRepository topics;
    private final TopicVersionCache versions;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    CategoryActivity(TopicRepository topics, TopicVersionCache versions) {
        this.topics = topics;
        this.versions = versions;
    }

    /**
     * @param language ja, en, or null for every language
     * @param members whether members-only topics count (for signed-in readers)
     * @return by category id; a category without topics has a count of 0 and no latest topic
     */
    Map<Long, Activity> byCategory(String language, boolean members) {
        long version = versions.listVersion(
                TopicVersionCache.WHOLE_FORUM,
                id -> topics.newestVersion(id == TopicVersionCache.WHOLE_FORUM ? null : id));
        String key = language + "/" + members;
        Snapshot snapshot = snapshots.get(key);
        if (snapshot == null || snapshot.version() != version) {
            Map<Long, Activity> found = new HashMap<>();
            topics.categoryActivity(language, members).forEach(activity -> found.put(activity.categoryId(), activity));
            snapshot = new Snapshot(version, Map.copyOf(found));
            snapshots.put(key, snapshot);
        }
        return snapshot.byCategory();
    }

    /** The categories in their order, each with its activity. */
    List<CategoryRow> rows(List<Category> categories, String language, boolean members) {
        Map<Long, Activity> activity = byCategory(language, members);
        return categories.stream()
                .map(category -> {
                    Activity found = activity.get(category.id());
                    return new CategoryRow(
                            category, found == null ? 0 : found.topics(), found == null ? null : found.latest());
                })
                .toList();
    }

    /** @param latest the topic with the latest activity, or null when the category has none */
    record Activity(long categoryId, long topics, CategoryRow.Latest latest) {}

    private record Snapshot(long version, Map<Long, Activity> byCategory) {}
}
