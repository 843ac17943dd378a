package org.mpscommons.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.web.NavigationEntry.Audience;
import org.mpscommons.web.NavigationEntry.Place;
import org.springframework.stereotype.Component;

/**
 * Every feature's {@link NavigationEntry}, in order. The layout draws them on every page, so each place's list for
 * each kind of viewer (visitor, member, admin) is sorted and filtered once, at start-up. The language switch is not
 * among them: it leads to this same page in the other language, and the layout puts it last.
 */
@Component
public class SiteNavigation {

    private final Map<Place, Map<Audience, List<NavigationEntry>>> lists = new EnumMap<>(Place.class);

    SiteNavigation(List<NavigationEntry> entries) {
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
}
