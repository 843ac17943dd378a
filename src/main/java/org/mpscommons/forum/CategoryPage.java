package org.mpscommons.forum;

import java.util.List;

/**
 * What a category's page shows: its topics as filtered and sorted, for a member the button that follows it, and the
 * other categories to go on to.
 *
 * @param following the signed-in member follows the category
 */
public record CategoryPage(Category category, TopicListPage list, boolean following, List<Category> others) {}
