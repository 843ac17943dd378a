package org.mpscommons.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mpscommons.content.Csv;
import org.springframework.modulith.NamedInterface;

/**
 * The one vocabulary of places where it hurts (body/regions.csv, from the project's trigger-point reference data):
 * its regions, and the places a patient chooses, which are the midline regions and each side of the paired ones.
 * Everything that asks where it hurts (the doctor kit, the pain map) and everything that reads the answers (the
 * warning signs, by region) goes through here, so there is no second copy of the list.
 */
@NamedInterface("api")
public final class BodyMap {

    private static final BodyMap SHIPPED = read();

    private final Map<String, BodyRegion> regions;
    private final Map<String, BodyPlace> places;

    private BodyMap(Map<String, BodyRegion> regions, Map<String, BodyPlace> places) {
        this.regions = regions;
        this.places = places;
    }

    public static BodyMap shipped() {
        return SHIPPED;
    }

    /** In the data's order, from the head down. */
    public Collection<BodyRegion> regions() {
        return regions.values();
    }

    public Optional<BodyRegion> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    /** Every place that can be chosen, in the data's order, the right side before the left. */
    public Collection<BodyPlace> places() {
        return places.values();
    }

    public Optional<BodyPlace> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** The places of each area, in the areas' order. */
    public Map<BodyArea, List<BodyPlace>> placesByArea() {
        Map<BodyArea, List<BodyPlace>> byArea = new LinkedHashMap<>();
        for (BodyArea area : BodyArea.values()) {
            byArea.put(area, new ArrayList<>());
        }
        places.values().forEach(place -> byArea.get(place.area()).add(place));
        return byArea;
    }

    /** The regions (without sides) of these places, as the table of warning signs keys them; unknown ids are left out. */
    public Set<String> regionIds(Collection<String> placeIds) {
        return placeIds.stream()
                .flatMap(id -> place(id).stream())
                .map(BodyPlace::regionId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The places of a region: its two sides, or itself on the midline. */
    public List<String> placeIds(String regionId) {
        return region(regionId)
                .map(region -> region.paired()
                        ? List.of(region.id() + Side.RIGHT.suffix(), region.id() + Side.LEFT.suffix())
                        : List.of(region.id()))
                .orElse(List.of());
    }

    /**
     * The chosen places' names for a letter, in the data's order, a region chosen on both sides named once ("Buttock
     * (incl. gluteal fold, both sides)", 「両側のこめかみ（側頭部）」); unknown ids are left out.
     */
    public List<String> describe(Collection<String> placeIds, String language) {
        List<String> names = new ArrayList<>();
        for (BodyRegion region : regions.values()) {
            if (!region.paired()) {
                if (placeIds.contains(region.id())) {
                    names.add(region.name(language));
                }
                continue;
            }
            boolean right = placeIds.contains(region.id() + Side.RIGHT.suffix());
            boolean left = placeIds.contains(region.id() + Side.LEFT.suffix());
            if (right && left) {
                names.add(BodyPlace.withSide(region, "both sides", "両側", language));
            } else if (right || left) {
                names.add(places.get(region.id() + (right ? Side.RIGHT : Side.LEFT).suffix())
                        .name(language));
            }
        }
        return names;
    }

    private static BodyMap read() {
        Map<String, BodyRegion> regions = new LinkedHashMap<>();
        Map<String, BodyPlace> places = new LinkedHashMap<>();
        for (Map<String, String> row : rows()) {
            boolean paired = "paired".equals(row.get("side_mode"));
            BodyArea area = BodyArea.ofCode(row.get("area"))
                    .orElseThrow(() -> new IllegalStateException("no area for region " + row.get("region_id")));
            List<BodyRegion.Box> boxes = boxes(row);
            BodyRegion region = new BodyRegion(
                    row.get("region_id"), row.get("view"), row.get("name_en"), row.get("name_ja"), paired, area, boxes);
            regions.put(region.id(), region);
            if (paired) {
                for (Side side : Side.values()) {
                    String id = region.id() + side.suffix();
                    places.put(id, new BodyPlace(id, region, Optional.of(side), onSide(boxes, side)));
                }
            } else {
                places.put(region.id(), new BodyPlace(region.id(), region, Optional.empty(), boxes));
            }
        }
        return new BodyMap(
                java.util.Collections.unmodifiableMap(regions), java.util.Collections.unmodifiableMap(places));
    }

    /**
     * The data draws paired regions on the viewer's left: the figure's right side in the front view (the figure faces
     * the viewer) and its left side in the back view. The other side is the mirror image.
     */
    private static List<BodyRegion.Box> onSide(List<BodyRegion.Box> boxes, Side side) {
        return boxes.stream()
                .map(box -> box.front() == (side == Side.RIGHT) ? box : box.mirrored())
                .toList();
    }

    private static List<BodyRegion.Box> boxes(Map<String, String> row) {
        List<BodyRegion.Box> boxes = new ArrayList<>();
        for (String view : List.of("front", "back")) {
            String x1 = row.get(view + "_x1");
            if (x1 == null || x1.isBlank()) {
                continue;
            }
            int left = Integer.parseInt(x1);
            int top = Integer.parseInt(row.get(view + "_y1"));
            int right = Integer.parseInt(row.get(view + "_x2"));
            int bottom = Integer.parseInt(row.get(view + "_y2"));
            boxes.add(new BodyRegion.Box(view.equals("front"), left, top, right - left, bottom - top));
        }
        return List.copyOf(boxes);
    }

    private static List<Map<String, String>> rows() {
        try (InputStream in = BodyMap.class.getResourceAsStream("/body/regions.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The file opens with comment lines saying where the data comes from.
            return Csv.read(text.lines().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BodyMap[%d regions, %d places]", regions.size(), places.size());
    }
}
