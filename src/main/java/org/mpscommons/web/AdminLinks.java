package org.mpscommons.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Every feature's {@link AdminLink}: the admin home's list, sorted once at start-up. */
@Component
@NamedInterface("api")
public class AdminLinks {

    private final List<AdminLink> links;

    AdminLinks(List<AdminLink> links) {
        this.links = ContributionOrder.sorted(links, AdminLink::order, "admin links");
    }

    public List<AdminLink> all() {
        return links;
    }
}
