package org.mpscommons.forum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.mpscommons.web.Page;
import org.springframework.stereotype.Component;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The rendered posts of topic pages as visitors see them, kept in memory. A visitor's view of a page is the same for
 * every visitor, and nearly all readers are visitors, so the posts are read, joined with their authors and rendered
 * once instead of on every request. Entries are keyed by the topic's version, which every change shown on the page
 * raises in the database: a change shows at once, on every node, with nothing to invalidate. They also expire after
 * {@link #MAX_AGE}, which bounds how old "5 minutes ago" may get and how long a profile's new badge takes to show.
 * Members (reactions, edit buttons, ignores) and guests with a waiting comment get pages rendered for them alone.
 */
@Component
class TopicPageCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** Characters kept, about 2 bytes each: room for some thousand pages of 20 posts. */
    static final long MAX_CHARS = 32L * 1024 * 1024;

    /** What a visitor's topic page shows from its posts. */
    record Entry(String postsHtml, String jsonLd, String description) {}

    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .weigher((String key, Entry entry) -> entry.postsHtml().length()
                    + (entry.jsonLd() == null ? 0 : entry.jsonLd().length()))
            .expireAfterWrite(MAX_AGE)
            .build();

    private final TemplateEngine templates;

    TopicPageCache(TemplateEngine templates) {
        this.templates = templates;
    }

    Entry visitorView(Topic topic, int page, Page layout, Supplier<Entry> render) {
        // The canonical URL names the site's address, which the JSON-LD holds, and the page's language.
        String key = topic.id() + ":" + topic.version() + ":" + page + ":" + layout.lang() + ":" + layout.canonicalUrl();
        return entries.get(key, ignored -> render.get());
    }

    /** The posts part of a topic page (with its page links), as HTML. */
    String render(Page page, TopicPage view, boolean moderator, String quoteBase) {
        StringOutput output = new StringOutput(16 * 1024);
        templates.render("forum/posts.jte", Map.of("page", page, "view", view, "moderator", moderator,
                "quoteBase", quoteBase == null ? "" : quoteBase), output);
        return output.toString();
    }
}
