package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.web.FormErrors;

/** What came of a submitted topic or reply. */
sealed interface Posted {

    /** Stored: visible at once, or waiting for review ({@code status} PENDING). */
    record Saved(long topicId, long postId, int number, PostStatus status) implements Posted {}

    /** Nothing was stored; the form is shown again with what to fix. */
    record Refused(FormErrors errors) implements Posted {}

    /**
     * Nothing was stored yet: the text looks like it holds an email address or phone number (kinds "email",
     * "phone"), and the writer is asked to confirm that it may be public.
     */
    record NeedsConfirmation(List<String> findings) implements Posted {}
}
