package org.mpscommons.links;

import java.time.Instant;
import org.mpscommons.web.Language;

/**
 * One curated link (or a book without a web page: {@code url} is null), with what the checker last found.
 *
 * @param language the language of the linked page or book
 * @param editorChecked an editor opened the address and confirmed it by hand
 * @param editorNote for editors only: where the entry came from and what is left to confirm (may be null)
 * @param movedTo the new address, when the status is MOVED
 * @param checkProblem why the link is DEAD (null otherwise)
 * @param checkError the technical detail of the last failed check, for editors (null otherwise)
 * @param checkedAt when the checker last tried the address (null: never)
 */
public record Link(
        long id,
        LinkKind kind,
        String titleEn,
        String titleJa,
        String url,
        Language language,
        String descriptionEn,
        String descriptionJa,
        int position,
        boolean editorChecked,
        String editorNote,
        CheckStatus checkStatus,
        String movedTo,
        CheckProblem checkProblem,
        String checkError,
        Instant checkedAt,
        Instant createdAt,
        Instant updatedAt) {

    public String title(Language in) {
        return in == Language.JA ? titleJa : titleEn;
    }

    public String description(Language in) {
        return in == Language.JA ? descriptionJa : descriptionEn;
    }

    public boolean hasUrl() {
        return url != null;
    }

    public boolean dead() {
        return checkStatus == CheckStatus.DEAD;
    }

    /** The message key that tells readers why a DEAD link does not work. */
    public String problemKey() {
        return "links.problem." + (checkProblem == null ? CheckProblem.HTTP_ERROR : checkProblem).code();
    }

    public boolean moved() {
        return checkStatus == CheckStatus.MOVED;
    }
}
