package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.VisitorPageCache;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Atom feeds of the newest topic activity, for the whole forum and per category. Public topics only, whoever asks:
 * a feed reader is never signed in, and a feed URL may be shared.
 */
@RestController
class FeedController {

    static final int ENTRIES = 30;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final TopicRepository topics;
    private final PostRepository posts;
    private final Categories categories;
    private final PageFactory pages;

    FeedController(TopicRepository topics, PostRepository posts, Categories categories, PageFactory pages) {
        this.topics = topics;
        this.posts = posts;
        this.categories = categories;
        this.pages = pages;
    }

    @GetMapping("/feeds/{lang:en|ja}/forum.atom")
    ResponseEntity<String> forum(@PathVariable Language lang, HttpServletRequest request) {
        VisitorPageCache.markSameForEveryVisitor(request);
        List<TopicSummary> latest =
                topics.list(new TopicList(null, null, TopicList.Sort.LATEST, false, null, ENTRIES), false);
        Messages text = pages.messages(lang);
        String base = pages.baseUrl();
        return feed(
                base + "/feeds/" + lang.code() + "/forum.atom",
                text.get("forum.feed.title"),
                lang,
                base + "/" + lang.code() + "/forum/",
                latest,
                base,
                text);
    }

    @GetMapping("/feeds/{lang:en|ja}/forum/{slug}.atom")
    ResponseEntity<String> category(
            @PathVariable Language lang, @PathVariable String slug, HttpServletRequest request) {
        Category category =
                categories.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        VisitorPageCache.markSameForEveryVisitor(request);
        List<TopicSummary> latest =
                topics.list(new TopicList(category.id(), null, TopicList.Sort.LATEST, false, null, ENTRIES), false);
        Messages text = pages.messages(lang);
        String base = pages.baseUrl();
        return feed(
                base + "/feeds/" + lang.code() + "/forum/" + slug + ".atom",
                text.get("forum.feed.category", category.name(lang)),
                lang,
                base + "/" + lang.code() + "/forum/c/" + slug,
                latest,
                base,
                text);
    }

    private ResponseEntity<String> feed(
            String self,
            String title,
            Language lang,
            String pageUrl,
            List<TopicSummary> latest,
            String base,
            Messages text) {
        Map<Long, Post> openings = posts
                .openings(latest.stream().map(TopicSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(Post::topicId, Function.identity()));
        List<AtomFeed.Entry> entries = latest.stream()
                .map(topic -> {
                    Post opening = openings.get(topic.id());
                    String html = opening != null && opening.status() == PostStatus.VISIBLE ? opening.bodyHtml() : null;
                    String url = base + "/" + topic.language() + topic.path();
                    return new AtomFeed.Entry(
                            url, topic.title(), topic.language(), url, topic.createdAt(), topic.lastPostedAt(), html);
                })
                .toList();
        Instant updated = latest.isEmpty() ? Instant.EPOCH : latest.get(0).lastPostedAt();
        String xml = AtomFeed.write(self, title, lang.code(), self, pageUrl, text.get("site.name"), updated, entries);
        return ResponseEntity.ok()
                .contentType(ATOM)
                // Feed readers poll; five minutes of staleness is what they expect.
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(xml);
    }
}
