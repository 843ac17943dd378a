package org.mpscommons.forum.drafts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a text is being written: the reply form of one topic ({@code topic:12}) or the new-topic form with a category
 * chosen ({@code new:treatments}; {@code new:} before one is chosen). The key is what the draft table stores and what
 * the page's script sends back, so it is checked strictly on the way in.
 */
public record Place(String key) {

    private static final Pattern KEY = Pattern.compile("topic:[1-9][0-9]{0,17}|new:[a-z0-9-]{0,60}");

    public static Place topic(long topicId) {
        return new Place("topic:" + topicId);
    }

    public static Place newTopic(String categorySlug) {
        String slug = categorySlug == null ? "" : categorySlug;
        return parse("new:" + slug).orElse(new Place("new:"));
    }

    public static Optional<Place> parse(String key) {
        return key != null && KEY.matcher(key).matches() ? Optional.of(new Place(key)) : Optional.empty();
    }

    public boolean isNewTopic() {
        return key.startsWith("new:");
    }

    /** The category's slug of a new topic ("" when none was chosen); null for a reply. */
    public String category() {
        return isNewTopic() ? key.substring(4) : null;
    }

    /** The form's address after the language (never another host). */
    public String formPath() {
        if (isNewTopic()) {
            return category().isEmpty() ? "/forum/new" : "/forum/new?category=" + category();
        }
        return "/forum/t/" + key.substring(6);
    }

    /** The form's address with the fragment that shows the box: a reply's form is at the foot of the topic's page. */
    public String boxPath() {
        return isNewTopic() ? formPath() : formPath() + "#" + REPLY_ANCHOR;
    }

    /** The id of the reply form's heading (forum/topic.jte). */
    public static final String REPLY_ANCHOR = "reply-heading";
}
