package org.mpscommons.search;

import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.modulith.NamedInterface;

/** A feature's searchable content, by the change-log type it records. */
@NamedInterface("spi")
public interface SearchSource {

    /** The change-log type this source answers, e.g. "ARTICLE". */
    String type();

    /**
     * The documents of one changed id as they are now: empty when nothing of it may be found any more (hidden,
     * members-only, deleted). They replace whatever the index held for that id.
     */
    List<SearchDocument> current(long id);

    /** Every id with something searchable, for a full reindex. */
    void allIds(LongConsumer ids);

    /** The categories its documents carry ({@link SearchDocument#category()}), by code, named in the language. */
    java.util.Map<String, String> categoryNames(org.mpscommons.web.Language language);

    /** Category names from the interface texts: {@code prefix + code} for each code, in the codes' order. */
    static java.util.Map<String, String> named(
            org.mpscommons.web.Messages messages, String prefix, List<String> codes) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        codes.forEach(code -> names.put(code, messages.get(prefix + code)));
        return names;
    }
}
