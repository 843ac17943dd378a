package org.mpscommons.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.web.NavigationEntry.Audience;
import org.mpscommons.web.NavigationEntry.Place;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every feature's {@link NavigationEntry}, in order, and the {@link HeaderSearch} if a feature declares one. The
 * layout draws them on every page, so each place's list for each kind of viewer (visitor, member, admin) is sorted
 * and filtered once, at start-up. The language switch is not among them: it leads to this same page in the other
 * language, and the layout puts it last.
 */
@Component
public class SiteNavigation {

    private final Map<Place, Map<Audience, List<NavigationEntry>>> lists = new EnumMap<>(Place.class);
    private final HeaderSearch search;

    @Autowired
    SiteNavigation(List<NavigationEntry> entries, ObjectProvider<HeaderSearch> searches) {
        this(entries, searches.orderedStream().toList());
    }

    /** Links without a search box. */
    SiteNavigation(List<NavigationEntry> entries) {
        this(entries, List.of());
    }

    SiteNavigation(List<NavigationEntry> entries, List<HeaderSearch> searches) {
        if (searches.size() > 1) {
            // The header has room for one box, and which one it showed would hang on the order Spring found them in.
            throw new IllegalStateException("Two header search boxes are declared: " + searches);
        }
        this.search = searches.isEmpty() ? null : searches.get(0);
        for (Place place : Place.values()) {
            List<NavigationEntry> inPlace = ContributionOrder.sorted(
                    entries.stream().filter(entry -> entry.place() == place).toList(),
                    NavigationEntry::order,
                    "navigation entries in the " + place.name().toLowerCase(java.util.Locale.ROOT));
            Map<Audience, List<NavigationEntry>> byViewer = new EnumMap<>(Audience.class);
            for (Audience viewer : List.of(Audience.VISITORS, Audience.MEMBERS, Audience.ADMINS)) {
                byViewer.put(
                        viewer,
                        inPlace.stream()
                                .filter(entry -> entry.audience().includes(viewer))
                                .toList());
            }
            lists.put(place, byViewer);
        }
    }

    /** The entries of one place that this viewer (null for a visitor) sees, in order. */
    public List<NavigationEntry> entries(Place place, Viewer viewer) {
        return lists.get(place).get(Audience.of(viewer));
    }

    /** The search box in the header; null when no feature answers searches, and the header shows none. */
    public HeaderSearch headerSearch() {
        return search;
    }
}
