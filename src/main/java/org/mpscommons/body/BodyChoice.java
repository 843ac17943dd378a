package org.mpscommons.body;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What a page that asks where it hurts shows, in the page's language: the places as a list of checkboxes grouped by
 * area (the form itself, which works without JavaScript) and the same places as shapes on the front and back figures
 * (a shortcut for pointing).
 *
 * @param chosenNames the chosen places' names, for the summary above the list
 */
@NamedInterface("api")
public record BodyChoice(List<Area> areas, List<Shape> front, List<Shape> back, List<String> chosenNames) {

    /** One part of the body, as a disclosure of its regions. */
    public record Area(String code, List<Row> rows, int chosen) {}

    /** One region: a checkbox on the midline, or one for each side. */
    public record Row(String regionId, String name, List<Option> options) {

        public boolean paired() {
            return options.size() > 1;
        }
    }

    /**
     * One checkbox.
     *
     * @param label what the box says: the side ("Right") in a paired row, the region's name on the midline
     * @param name the place's whole name ("Temple / side of head (right)"), for what the figure announces
     */
    public record Option(String id, String side, String label, String name, boolean chosen) {}

    /** A place's tap area on one view of the figure, in the view's 100 by 200 canvas. */
    public record Shape(String id, String name, String area, int x, int y, int width, int height, boolean chosen) {}

    public static BodyChoice of(BodyMap map, Collection<String> chosenIds, String language) {
        Set<String> chosen = Set.copyOf(chosenIds);
        List<Area> areas = new ArrayList<>();
        for (Map.Entry<BodyArea, List<BodyPlace>> entry : map.placesByArea().entrySet()) {
            List<Row> rows = new ArrayList<>();
            int count = 0;
            for (BodyRegion region : map.regions()) {
                if (region.area() != entry.getKey()) {
                    continue;
                }
                List<Option> options = new ArrayList<>();
                for (String id : map.placeIds(region.id())) {
                    BodyPlace place = map.place(id).orElseThrow();
                    String label = place.side().map(side -> side.word(language)).orElse(region.name(language));
                    options.add(new Option(id, place.sideCode(), label, place.name(language), chosen.contains(id)));
                    count += chosen.contains(id) ? 1 : 0;
                }
                rows.add(new Row(region.id(), region.name(language), options));
            }
            areas.add(new Area(entry.getKey().code(), rows, count));
        }
        return new BodyChoice(
                areas,
                shapes(map, chosen, language, true),
                shapes(map, chosen, language, false),
                map.describe(chosen, language));
    }

    /** The larger shapes first, so that a small place drawn over a larger one stays tappable. */
    private static List<Shape> shapes(BodyMap map, Set<String> chosen, String language, boolean front) {
        List<Shape> shapes = new ArrayList<>();
        for (BodyPlace place : map.places()) {
            for (BodyRegion.Box box : place.boxes()) {
                if (box.front() == front) {
                    shapes.add(new Shape(
                            place.id(),
                            place.name(language),
                            place.area().code(),
                            box.x(),
                            box.y(),
                            box.width(),
                            box.height(),
                            chosen.contains(place.id())));
                }
            }
        }
        shapes.sort(Comparator.comparingInt((Shape shape) -> shape.width() * shape.height())
                .reversed());
        return shapes;
    }

    public boolean anyChosen() {
        return !chosenNames.isEmpty();
    }
}
