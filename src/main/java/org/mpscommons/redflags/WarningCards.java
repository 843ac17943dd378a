package org.mpscommons.redflags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * Warning signs as a page shows them, in one language: one card per level of urgency, most urgent first, each sign
 * with the numbers of its sources, and the sources numbered once below the cards.
 *
 * @param review the table's clinical review; empty while it awaits one
 */
@NamedInterface("api")
public record WarningCards(List<Card> cards, List<WarningSignSource> sources, Optional<WarningSignReview> review) {

    /** The signs of one level; {@code urgency} is the level's code (immediate, urgent, soon). */
    public record Card(String urgency, List<Item> items) {}

    /**
     * One sign: its words, the numbers of its sources in {@link #sources()}, and where it applies (region names, or
     * empty for anywhere) with the ages it is limited to (age band codes).
     */
    public record Item(
            String id,
            String text,
            List<Integer> sourceNumbers,
            List<String> where,
            List<String> ages,
            boolean underAMonthOnly) {}

    /** No signs, for a page that shows none. */
    public static final WarningCards NONE = new WarningCards(List.of(), List.of(), Optional.empty());

    /** Signs in any order: the cards come most urgent first, each keeping the signs' order within its level. */
    public static WarningCards of(
            List<WarningSign> signs, String language, RegionNames regions, Optional<WarningSignReview> review) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<WarningSignSource> sources = new ArrayList<>();
        Map<Urgency, List<Item>> byUrgency = new LinkedHashMap<>();
        for (WarningSign sign : signs.stream()
                .sorted(Comparator.comparing(WarningSign::urgency))
                .toList()) {
            List<Integer> cited = new ArrayList<>();
            for (WarningSignSource source : sign.sources()) {
                cited.add(numbers.computeIfAbsent(source.id(), id -> {
                    sources.add(source);
                    return sources.size();
                }));
            }
            List<String> where = sign.regions().stream()
                    .map(id -> regions.name(id, language))
                    .sorted()
                    .toList();
            List<String> ages = sign.ages().stream().sorted().map(AgeBand::code).collect(Collectors.toList());
            byUrgency
                    .computeIfAbsent(sign.urgency(), level -> new ArrayList<>())
                    .add(new Item(sign.id(), sign.text(language), cited, where, ages, sign.underAMonthOnly()));
        }
        List<Card> cards = byUrgency.entrySet().stream()
                .map(entry -> new Card(entry.getKey().code(), List.copyOf(entry.getValue())))
                .toList();
        return new WarningCards(cards, List.copyOf(sources), review);
    }
}
