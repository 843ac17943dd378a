package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;

/**
 * What a topic's page shows: one page of its posts, the moderator's tools, and the reply form at its foot, which
 * comes back here with what was sent when it has errors, needs confirming or is previewed.
 *
 * @param composition the reply's quote and photos, shown as cards around its text box
 * @param findings the email addresses or phone numbers in the reply, which the writer confirms before it is public
 * @param preview the reply as it will look, or null
 * @param notice the message key that confirms what the reader just did (posted for review, flagged…), or null
 * @param categories the categories a moderator may move the topic to (empty for everyone else)
 * @param jsonLd the topic's structured data for search engines, or null when the page is not for them
 * @param quoteBase the start of each post's "quote" link, or empty when the reader cannot reply
 * @param description the page's meta description: the opening post's start, or null
 */
public record TopicView(
        TopicPage topicPage,
        ReplyForm form,
        Composition composition,
        FormErrors errors,
        List<String> findings,
        Rendered preview,
        String notice,
        boolean canReply,
        boolean moderator,
        List<Category> categories,
        String jsonLd,
        String quoteBase,
        String description) {}
