package org.mpscommons.redflags;

/** Where a warning sign comes from: a page or guideline someone on the team read, and what they checked there. */
public record WarningSignSource(String id, String publisher, String title, String url, String howChecked) {}
