package org.mpscommons.redflags;

/**
 * What the page of all warning signs shows: every sign as a care card with its sources, and for a verified
 * professional the button that records their review of the table.
 *
 * @param canReview the reader is a verified professional, who may review the table
 * @param reviewed the reader has just reviewed the table
 */
public record WarningSignsPage(WarningCards warnings, boolean canReview, boolean reviewed) {}
