package org.mpscommons.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The account page: a welcome by name, then the member's pages grouped in sections (profile, notifications, security,
 * their data), each section shown only when some feature has a page for it.
 *
 * @param confirmed whether the member has just confirmed their address and been signed in by it
 */
public record AccountPage(AccountView member, Avatar avatar, List<Section> sections, boolean confirmed) {

    public record Section(AccountLink.Section kind, List<AccountLink> links) {}

    static List<Section> sections(List<AccountLink> links) {
        Map<AccountLink.Section, List<AccountLink>> bySection = new EnumMap<>(AccountLink.Section.class);
        links.stream()
                .sorted(Comparator.comparingInt(AccountLink::order))
                .forEach(link -> bySection
                        .computeIfAbsent(link.section(), section -> new ArrayList<>())
                        .add(link));
        List<Section> sections = new ArrayList<>();
        // Security always shows (the sign-out button lives there), even on a site where no link is declared for it.
        for (AccountLink.Section kind : AccountLink.Section.values()) {
            List<AccountLink> inSection = bySection.getOrDefault(kind, List.of());
            if (!inSection.isEmpty() || kind == AccountLink.Section.SECURITY || kind == AccountLink.Section.PROFILE) {
                sections.add(new Section(kind, List.copyOf(inSection)));
            }
        }
        return List.copyOf(sections);
    }
}
