package org.mpscommons.articles;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What the page that writes an article shows: the form, empty for a new article or filled from the one edited, or
 * with what was sent when it comes back with errors or a preview.
 *
 * @param article the article edited, or null for a new one
 * @param preview the article's text as it will look, or null
 * @param unknown the reference keys the text cites that the reference list does not have
 */
public record ArticleEditPage(
        Article article, ArticleForm form, FormErrors errors, ArticleText.Body preview, List<String> unknown) {

    public Theme[] themes() {
        return Theme.values();
    }
}
