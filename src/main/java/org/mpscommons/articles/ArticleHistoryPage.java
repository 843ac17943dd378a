package org.mpscommons.articles;

import java.util.List;

/**
 * What an article's history shows: its saved versions, newest first, to compare any two of, and for an editor the
 * buttons that roll the article back to one.
 *
 * @param editor the reader may roll the article back
 */
public record ArticleHistoryPage(Article article, List<Revision> revisions, boolean editor) {}
