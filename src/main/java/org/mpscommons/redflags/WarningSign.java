package org.mpscommons.redflags;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * One sign that needs a doctor before anything else, in both languages, with how urgent it is and when it applies.
 *
 * @param regions the body regions it applies to; empty when it applies wherever the pain is
 * @param underAMonthOnly whether it applies only to pain that began less than a month ago
 * @param ages the age bands it is limited to; empty for every age
 * @param fromMimic the trigger-point data's "often mistaken for" rows it was taken from ({@code muscle/condition}),
 *     empty when the table adds it for the regions on its own
 */
@NamedInterface("api")
public record WarningSign(
        String id,
        Urgency urgency,
        Set<String> regions,
        boolean underAMonthOnly,
        Set<AgeBand> ages,
        String english,
        String japanese,
        List<WarningSignSource> sources,
        List<String> fromMimic) {

    public String text(String language) {
        return "ja".equals(language) ? japanese : english;
    }

    public boolean anyRegion() {
        return regions.isEmpty();
    }

    /** Whether it should be shown to someone in these circumstances; what they did not say does not rule it out. */
    public boolean appliesTo(Circumstances circumstances) {
        boolean where = regions.isEmpty() || circumstances.regions().stream().anyMatch(regions::contains);
        boolean when = !underAMonthOnly || circumstances.underAMonth().orElse(true);
        boolean age = ages.isEmpty() || circumstances.age().map(ages::contains).orElse(true);
        return where && when && age;
    }
}
