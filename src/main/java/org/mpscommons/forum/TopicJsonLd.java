package org.mpscommons.forum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.web.Page;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org DiscussionForumPosting for a public topic page, its visible replies as {@code comment}: how search
 * engines recognise a forum thread. Only what the page itself shows to everyone goes in.
 */
@Component
class TopicJsonLd {

    /** Search engines read the start of a post; the page itself has the rest. */
    private static final int TEXT_MAX = 2_000;

    private final JsonMapper json;

    TopicJsonLd(JsonMapper json) {
        this.json = json;
    }

    /** The JSON, safe to place inside a {@code <script type="application/ld+json">} element. */
    String of(TopicPage view, Page page, String base) {
        Topic topic = view.topic();
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "DiscussionForumPosting");
        posting.put("headline", topic.title());
        posting.put("url", base + "/" + topic.language() + topic.path());
        posting.put("inLanguage", topic.language());
        posting.put("datePublished", topic.createdAt().toString());
        PostView opening = view.opening();
        if (opening != null && opening.showText()) {
            posting.put("text", ContentPipeline.excerpt(opening.post().plainText(), TEXT_MAX));
            posting.put("author", person(opening, page, base));
            if (opening.post().editedAt() != null) {
                posting.put("dateModified", opening.post().editedAt().toString());
            }
        }
        posting.put(
                "interactionStatistic",
                List.of(
                        counter("https://schema.org/CommentAction", topic.replyCount()),
                        counter("https://schema.org/ViewAction", topic.viewCount())));
        List<Map<String, Object>> comments = new ArrayList<>();
        for (PostView reply : view.posts()) {
            if (reply.post().number() > 1 && reply.showText() && reply.post().status() == PostStatus.VISIBLE) {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "Comment");
                comment.put(
                        "url",
                        base + "/" + topic.language() + "/forum/p/"
                                + reply.post().id());
                comment.put("text", ContentPipeline.excerpt(reply.post().plainText(), TEXT_MAX));
                comment.put("datePublished", reply.post().createdAt().toString());
                comment.put("author", person(reply, page, base));
                comments.add(comment);
            }
        }
        if (!comments.isEmpty()) {
            posting.put("comment", comments);
        }
        // "</" inside a string would end the script element; \u003c means the same to a JSON reader.
        return json.writeValueAsString(posting).replace("<", "\\u003c");
    }

    private static Map<String, Object> person(PostView post, Page page, String base) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        if (post.author() != null) {
            person.put("name", post.author().displayName());
            person.put(
                    "url",
                    base + "/" + page.lang() + "/members/" + post.author().id());
        } else if (post.post().byGuest()) {
            person.put("name", post.post().guestName());
        } else {
            person.put("name", page.t("forum.deletedMember"));
        }
        return person;
    }

    private static Map<String, Object> counter(String type, long count) {
        return Map.of("@type", "InteractionCounter", "interactionType", type, "userInteractionCount", count);
    }
}
