package org.mpscommons.doctorkit;

import java.time.Instant;

/** Answers a member chose to keep, to make the letter again later or for another doctor. */
record SavedLetter(long id, Instant createdAt, KitAnswers answers) {}
