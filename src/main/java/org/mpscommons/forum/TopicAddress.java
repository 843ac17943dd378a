package org.mpscommons.forum;

import java.time.Instant;
import org.mpscommons.web.Language;

/** Where a public topic lives and when someone last posted in it: what the sitemap says about it. */
record TopicAddress(long id, String slug, String language, Instant lastPostedAt) {

    /** The one canonical URL, in the topic's own language, that its pages name (see TopicController). */
    String path() {
        String lang = Language.fromCode(language).orElse(Language.fallback()).code();
        return "/" + lang + "/forum/t/" + id + "/" + slug;
    }
}
