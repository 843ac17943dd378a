package org.mpscommons.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.HomeCard;
import org.mpscommons.web.HomeSection;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.mpscommons.web.PageFactory;

/**
 * The forum's latest public topics on the home page, of the whole forum or of one category (recovery stories), with
 * the start of each opening post. Topics in the page's language; on a site with none yet in it, the other language's,
 * marked as such, rather than an empty list that would look as if nobody talked.
 */
class TopicsOnHome implements HomeSection {

    /** What one list of topics on the home page is: where it stands, which topics, its texts. */
    record Kind(int order, String categorySlug, int limit, String headingKey, String moreKey, String emptyKey) {}

    private final Kind kind;
    private final TopicRepository topics;
    private final Categories categories;
    private final TopicVersionCache versions;
    private final PageFactory pages;

    TopicsOnHome(
            Kind kind, TopicRepository topics, Categories categories, TopicVersionCache versions, PageFactory pages) {
        this.kind = kind;
        this.topics = topics;
        this.categories = categories;
        this.versions = versions;
        this.pages = pages;
    }

    @Override
    public int order() {
        return kind.order();
    }

    @Override
    public String headingKey() {
        return kind.headingKey();
    }

    @Override
    public String moreKey() {
        return kind.moreKey();
    }

    @Override
    public String emptyKey() {
        return kind.emptyKey();
    }

    @Override
    public String morePath() {
        return kind.categorySlug() == null ? "/forum/" : "/forum/c/" + kind.categorySlug();
    }

    @Override
    public List<HomeCard> cards(Language language) {
        Optional<Category> category = category();
        if (kind.categorySlug() != null && category.isEmpty()) {
            return List.of();
        }
        Long categoryId = category.map(Category::id).orElse(null);
        List<TopicOpening> found = topics.latestOpenings(categoryId, language.code(), kind.limit());
        if (found.isEmpty()) {
            found = topics.latestOpenings(categoryId, other(language).code(), kind.limit());
        }
        Messages messages = pages.messages(language);
        List<HomeCard> cards = new ArrayList<>();
        for (TopicOpening topic : found) {
            cards.add(new HomeCard(
                    topic.title(),
                    "/" + language.code() + topic.path(),
                    topic.excerpt(),
                    meta(topic, messages, language),
                    topic.lastPostedAt(),
                    topic.language().equals(language.code())
                            ? null
                            : Language.fromCode(topic.language()).orElse(null)));
        }
        return cards;
    }

    /**
     * Every change to a topic raises the forum's newest version, which {@link TopicVersionCache} keeps for a second
     * (and forgets at once when this node made the change); category names count too, as the cards show them.
     */
    @Override
    public String version() {
        long categoryId = category().map(Category::id).orElse(TopicVersionCache.WHOLE_FORUM);
        long newest = versions.listVersion(
                categoryId, id -> topics.newestVersion(id == TopicVersionCache.WHOLE_FORUM ? null : id));
        return newest + "/" + Integer.toHexString(categories.all().hashCode());
    }

    /** Replies, and the category where the list is the whole forum's. */
    private String meta(TopicOpening topic, Messages messages, Language language) {
        String replies = messages.get("forum.replies", topic.replyCount());
        if (kind.categorySlug() != null) {
            return replies;
        }
        return categories
                .byId(topic.categoryId())
                .map(found -> replies + " · " + found.name(language))
                .orElse(replies);
    }

    private Optional<Category> category() {
        return kind.categorySlug() == null ? Optional.empty() : categories.bySlug(kind.categorySlug());
    }

    private static Language other(Language language) {
        return language == Language.JA ? Language.EN : Language.JA;
    }
}
