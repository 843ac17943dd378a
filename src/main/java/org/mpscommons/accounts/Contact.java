package org.mpscommons.accounts;

import org.mpscommons.web.Language;
import org.springframework.modulith.NamedInterface;

/** How to write to a member: for features that send them mail (notifications), never shown on a page. */
@NamedInterface("api")
public record Contact(long id, String displayName, String email, Language language) {}
