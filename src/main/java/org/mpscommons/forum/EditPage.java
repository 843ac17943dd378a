package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;

/**
 * What the page that edits a post shows: the form with the post's text, or with what was sent when it comes back
 * with errors, needs confirming or is previewed.
 *
 * @param composition the post's quote and photos, shown as cards around its text box
 * @param findings the email addresses or phone numbers in the text, which the writer confirms before it is public
 * @param preview the post as it will look, or null
 * @param needsReason someone else's post is edited (a moderator), who says why
 * @param uploads the writer edits, who may add a photo
 */
public record EditPage(
        Post post,
        Topic topic,
        EditForm form,
        Composition composition,
        FormErrors errors,
        List<String> findings,
        Rendered preview,
        boolean needsReason,
        boolean canDelete,
        boolean uploads) {}
