package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.mpscommons.web.Language;
import org.mpscommons.web.VisitorPageSource;
import org.springframework.stereotype.Component;

/**
 * The forum's front page ({@code /{lang}/forum/}) and category pages ({@code /{lang}/forum/c/{slug}}, with any sort,
 * filter or page) and their Atom feeds ({@code /feeds/{lang}/forum.atom}, {@code /feeds/{lang}/forum/{slug}.atom}) for
 * the visitor page cache. A list shows its topics' titles, counts and dates, which every change
 * to a topic raises the version of; the newest version among the list's topics is the list's. The category's own
 * name and description count too. A list the reader chose languages for by cookie ({@link ListLanguageChoice}) is
 * not cached: the cache keys pages by address, and the address does not name the choice.
 */
@Component
class ForumListVisitorPages implements VisitorPageSource {

    private static final String FRONT = "/forum/";
    private static final String CATEGORY = "/forum/c/";
    private static final String FEEDS = "/feeds/";

    private final Categories categories;
    private final TopicVersionCache versions;
    private final TopicRepository topics;

    ForumListVisitorPages(Categories categories, TopicVersionCache versions, TopicRepository topics) {
        this.categories = categories;
        this.versions = versions;
        this.topics = topics;
    }

    @Override
    public Current current(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith(FEEDS)) {
            return feed(path.substring(FEEDS.length()));
        }
        if (Language.ofPath(path).isEmpty() || ListLanguageChoice.carried(request)) {
            // A reader's own choice of languages makes a list of their own: rendered for them, never kept.
            return null;
        }
        String rest = path.substring(3);
        if (rest.equals(FRONT)) {
            return current(TopicVersionCache.WHOLE_FORUM);
        }
        if (!rest.startsWith(CATEGORY) || rest.indexOf('/', CATEGORY.length()) >= 0) {
            return null;
        }
        Optional<Category> category = categories.bySlug(rest.substring(CATEGORY.length()));
        return category.map(found -> current(found.id())).orElse(null);
    }

    /** {@code ja/forum.atom} or {@code ja/forum/{slug}.atom}: the same lists as Atom feeds. */
    private Current feed(String rest) {
        if (rest.length() < 4 || Language.fromCode(rest.substring(0, 2)).isEmpty() || !rest.endsWith(".atom")) {
            return null;
        }
        String name = rest.substring(3, rest.length() - ".atom".length());
        if (name.equals("forum")) {
            return current(TopicVersionCache.WHOLE_FORUM);
        }
        if (!name.startsWith("forum/") || name.indexOf('/', "forum/".length()) >= 0) {
            return null;
        }
        return categories
                .bySlug(name.substring("forum/".length()))
                .map(found -> current(found.id()))
                .orElse(null);
    }

    private Current current(long categoryId) {
        long newest = versions.listVersion(
                categoryId, id -> topics.newestVersion(id == TopicVersionCache.WHOLE_FORUM ? null : id));
        return new Current(newest + "/" + Integer.toHexString(categories.all().hashCode()), () -> {});
    }
}
