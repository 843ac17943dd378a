package org.mpscommons.forum;

/**
 * What a category's page shows: its topics as filtered and sorted, and for a member the button that follows it.
 *
 * @param following the signed-in member follows the category
 */
public record CategoryPage(Category category, TopicListPage list, boolean following) {}
