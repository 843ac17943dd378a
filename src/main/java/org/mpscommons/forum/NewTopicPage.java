package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;

/**
 * What the page that starts a topic shows: the form, empty or with what was sent when it comes back with errors,
 * needs confirming or is previewed.
 *
 * @param composition the post's quote and photos, shown as cards around its text box
 * @param findings the email addresses or phone numbers in the text, which the writer confirms before it is public
 * @param preview the opening post as it will look, or null
 * @param categories the categories the topic may go in
 */
public record NewTopicPage(
        TopicForm form,
        Composition composition,
        FormErrors errors,
        List<String> findings,
        Rendered preview,
        List<Category> categories) {}
