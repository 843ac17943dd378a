package org.mpscommons.accounts;

import org.mpscommons.web.Language;

/** How to write to a member: for features that send them mail (notifications), never shown on a page. */
public record Contact(long id, String displayName, String email, Language language) {}
