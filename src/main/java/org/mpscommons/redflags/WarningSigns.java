package org.mpscommons.redflags;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.SiteProperties;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The site's one table of warning signs: signs that need a doctor, or an ambulance, before anything about muscles is
 * worth reading. The doctor kit shows the ones that apply before its letter, and the pain map before any muscle;
 * both read this service, never a copy of the table.
 */
@Service
@NamedInterface("api")
public class WarningSigns {

    private final WarningSignTable table;
    private final WarningSignReviews reviews;
    private final ZoneId zone;

    WarningSigns(WarningSignReviews reviews, SiteProperties site) {
        this.table = WarningSignTable.shipped();
        this.reviews = reviews;
        this.zone = site.timeZone();
    }

    /** Every sign, in the table's order. */
    public List<WarningSign> all() {
        return table.signs();
    }

    /** The signs that apply, most urgent first, and in the table's order within a level. */
    public List<WarningSign> applying(Circumstances circumstances) {
        return table.signs().stream()
                .filter(sign -> sign.appliesTo(circumstances))
                .sorted(Comparator.comparing(WarningSign::urgency))
                .toList();
    }

    /**
     * The clinical review of the table as it is now, if a verified professional recorded one; until then every page
     * that shows signs says they await clinical review.
     */
    public Optional<WarningSignReview> review() {
        return reviews.of(table.version(), zone);
    }

    String version() {
        return table.version();
    }
}
