package org.mpscommons.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Every feature's {@link HomeSection}, in order, as the home page draws them. */
@Component
public class HomeSections {

    private final List<HomeSection> sections;

    @Autowired
    HomeSections(ObjectProvider<HomeSection> sections) {
        this(sections.stream().toList());
    }

    HomeSections(List<HomeSection> sections) {
        this.sections = ContributionOrder.sorted(sections, HomeSection::order, "home page sections");
    }

    /**
     * One section as the home page shows it.
     *
     * @param id the id of its heading, for {@code aria-labelledby}
     */
    public record View(
            String id, String headingKey, List<HomeCard> cards, String morePath, String moreKey, String emptyKey) {}

    List<View> views(Language language) {
        return sections.stream()
                .map(section -> new View(
                        "home-section-" + section.order(),
                        section.headingKey(),
                        List.copyOf(section.cards(language)),
                        section.morePath(),
                        section.moreKey(),
                        section.emptyKey()))
                .toList();
    }

    /** What the home page shows of the features' content, as one version: any section's change changes it. */
    String version() {
        StringBuilder version = new StringBuilder();
        for (HomeSection section : sections) {
            version.append(section.order())
                    .append(':')
                    .append(section.version())
                    .append(';');
        }
        return version.toString();
    }
}
