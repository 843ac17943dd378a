package org.mpscommons.links;

import org.mpscommons.web.Language;

/** What an editor sets about a link (or the seed file does), once checked; {@code url} is null for a book. */
record LinkValues(
        LinkKind kind,
        String titleEn,
        String titleJa,
        String url,
        Language language,
        String descriptionEn,
        String descriptionJa,
        int position,
        boolean editorChecked,
        String editorNote) {}
