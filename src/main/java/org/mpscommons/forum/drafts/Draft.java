package org.mpscommons.forum.drafts;

import java.time.Instant;

/** A member's unsent text at one place; {@code title} is empty for a reply. */
public record Draft(String place, String title, String body, Instant updatedAt) {}
