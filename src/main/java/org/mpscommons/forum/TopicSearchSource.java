package org.mpscommons.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.mpscommons.search.SearchDocument;
import org.mpscommons.search.SearchSource;
import org.springframework.stereotype.Component;

/**
 * The forum for search: a public, visible topic as one result (its title and opening post) and each visible reply as
 * another. A topic that is hidden, waiting, deleted or for members only has nothing searchable, so a change to it
 * removes it from every node's index.
 */
@Component
class TopicSearchSource implements SearchSource {

    static final String TYPE = "TOPIC";

    private final TopicRepository topics;
    private final PostRepository posts;
    private final Categories categories;

    TopicSearchSource(TopicRepository topics, PostRepository posts, Categories categories) {
        this.topics = topics;
        this.posts = posts;
        this.categories = categories;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SearchDocument> current(long id) {
        Topic topic = topics.find(id).orElse(null);
        if (topic == null || topic.status() != PostStatus.VISIBLE || topic.membersOnly()) {
            return List.of();
        }
        String category =
                categories.byId(topic.categoryId()).map(Category::slug).orElse("");
        List<SearchDocument> documents = new ArrayList<>();
        for (Post post : posts.range(topic.id(), 1, Integer.MAX_VALUE)) {
            if (post.status() != PostStatus.VISIBLE) {
                continue;
            }
            if (post.number() == 1) {
                documents.add(new SearchDocument(
                        "topic:" + topic.id(),
                        "topic",
                        topic.language(),
                        topic.title(),
                        post.plainText(),
                        "/" + topic.language() + topic.path(),
                        category,
                        topic.lastPostedAt()));
            } else {
                documents.add(new SearchDocument(
                        "post:" + post.id(),
                        "post",
                        post.language(),
                        topic.title(),
                        post.plainText(),
                        "/" + post.language() + "/forum/p/" + post.id(),
                        category,
                        post.createdAt()));
            }
        }
        return documents;
    }

    @Override
    public java.util.Map<String, String> categoryNames(org.mpscommons.web.Language language) {
        var names = new java.util.LinkedHashMap<String, String>();
        categories.all().forEach(category -> names.put(category.slug(), category.name(language)));
        return names;
    }

    @Override
    public void allIds(LongConsumer ids) {
        topics.publicIds(ids);
    }
}
