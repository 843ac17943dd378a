package org.mpscommons.links;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Groups links into the page's sections, in the kinds' order; a kind without links gets no section. */
final class LinkSections {

    private LinkSections() {}

    /** @param links in page order within each kind */
    static List<LinkSection> of(List<Link> links) {
        Map<LinkKind, List<Link>> byKind = new EnumMap<>(LinkKind.class);
        for (Link link : links) {
            byKind.computeIfAbsent(link.kind(), kind -> new ArrayList<>()).add(link);
        }
        return byKind.entrySet().stream()
                .map(entry -> new LinkSection(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
