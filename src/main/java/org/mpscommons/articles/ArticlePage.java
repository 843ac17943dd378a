package org.mpscommons.articles;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What an article's page shows: the article with its references and the corrections made after readers' reports, the
 * tools its reader may use, and the error-report form, which comes back here with what was sent when it has errors.
 *
 * @param translation the address of the article in the other language, or null when there is none
 * @param jsonLd the article's structured data for search engines, or null while it is not published
 * @param notice the message key that confirms what the reader just did (voted, reported, saved…), or null
 * @param report the error report's text as sent
 * @param started the report form's signed start time
 * @param editor the reader may edit the article and publish it
 */
public record ArticlePage(
        Article article,
        List<Reference> references,
        List<ErrorReport> corrections,
        String translation,
        String jsonLd,
        String notice,
        String report,
        FormErrors errors,
        String started,
        boolean editor,
        ArticleReviewTools reviews) {}
