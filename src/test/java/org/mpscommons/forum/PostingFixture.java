package org.mpscommons.forum;

import org.mpscommons.web.Language;
import org.springframework.context.ApplicationContext;

/**
 * Topics written straight through {@link Posting}, without HTTP, for the tests of the forum's sub-packages: Posting
 * and its records are the forum's own, out of their reach.
 */
public final class PostingFixture {

    /** The opening post of a saved topic: visible at once, or waiting for review ({@code status} PENDING). */
    public record Opening(long topicId, long postId, PostStatus status) {}

    private final Posting posting;
    private final Categories categories;

    public PostingFixture(ApplicationContext context) {
        this.posting = context.getBean(Posting.class);
        this.categories = context.getBean(Categories.class);
    }

    /**
     * Starts a topic in "treatments", in English, with the personal-data warning already confirmed. A trusted
     * writer's topic is shown at once; another's waits unless a moderator approved one of their posts before.
     */
    public Opening startTopic(long authorId, boolean trusted, String title, String body, String visibility) {
        Writer writer = new Writer(authorId, "Writer", trusted, false, null, "127.0.0.1");
        TopicForm form = new TopicForm("treatments", title, body, "en", visibility, "yes", null);
        Posted.Saved saved = (Posted.Saved)
                posting.createTopic(writer, categories.bySlug("treatments").orElseThrow(), form, Language.EN);
        return new Opening(saved.topicId(), saved.postId(), saved.status());
    }
}
