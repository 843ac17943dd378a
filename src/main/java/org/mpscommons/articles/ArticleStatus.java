package org.mpscommons.articles;

/** DRAFT: never published yet. PUBLISHED: readers see it. UNPUBLISHED: taken down by an editor; editors still see it. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
