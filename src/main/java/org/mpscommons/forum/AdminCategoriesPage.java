package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What the admin's page of forum categories shows: one form per category, which comes back here with errors.
 *
 * @param saved a category has just been saved
 */
public record AdminCategoriesPage(List<Category> categories, FormErrors errors, boolean saved) {}
