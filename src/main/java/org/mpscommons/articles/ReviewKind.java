package org.mpscommons.articles;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of review an article can record, by the code its form sends. */
enum ReviewKind {
    /** Any editor: the references and the wording are checked. */
    EDITORIAL("editorial"),
    /** Only a verified professional: the content is medically sound. */
    MEDICAL("medical");

    private final String code;

    ReviewKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<ReviewKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
