package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.statistics.Cell;
import org.mpscommons.statistics.PublishedTable;
import org.mpscommons.statistics.SmallCounts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics as open data, with exactly the numbers the page shows: a hidden count is an empty value marked
 * suppressed, never its number. Names are in the language of the address; ids stay the same in both.
 */
@Component
class StatisticsDownloads {

    static final String TOTAL = "total";

    private final JsonMapper json;

    StatisticsDownloads(JsonMapper json) {
        this.json = json;
    }

    /**
     * One line per number: {@code table, category_id, category, response, count, suppressed}; the totals are lines
     * whose category or response is "total". UTF-8 with a byte order mark, so that spreadsheet programs read the
     * Japanese names right.
     */
    String csv(Tallies.Statistics statistics, Labels labels) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, "table", "category_id", "category", "response", "count", "suppressed");
        for (Tallies.Tally tally : statistics.all()) {
            PublishedTable table = tally.table();
            for (int r = 0; r < table.rows(); r++) {
                Tallies.Category category = tally.rows().get(r);
                String name = labels.category(category);
                for (int c = 0; c < table.columns() && !table.totalsOnly(); c++) {
                    csvCell(out, tally.id(), id(category), name, ResponseType.values()[c].id(), table.cell(r, c));
                }
                csvCell(out, tally.id(), id(category), name, TOTAL, table.rowTotal(r));
            }
            String all = labels.text("doctorkit.responses.table.total");
            for (int c = 0; c < table.columns(); c++) {
                csvCell(out, tally.id(), TOTAL, all, ResponseType.values()[c].id(), table.columnTotal(c));
            }
            csvCell(out, tally.id(), TOTAL, all, TOTAL, table.grandTotal());
        }
        return out.toString();
    }

    String json(Tallies.Statistics statistics, Labels labels, String language, String pageUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("description", labels.text("doctorkit.responses.download.description", SmallCounts.SMALLEST_SHOWN));
        data.put("page", pageUrl);
        data.put("language", language);
        data.put("smallestShown", SmallCounts.SMALLEST_SHOWN);
        List<Map<String, Object>> responses = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            responses.add(Map.of("id", type.id(), "name", labels.responseInFull(type)));
        }
        data.put("responses", responses);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Tallies.Tally tally : statistics.all()) {
            tables.add(jsonTable(tally, labels));
        }
        data.put("tables", tables);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(data);
    }

    private static Map<String, Object> jsonTable(Tallies.Tally tally, Labels labels) {
        PublishedTable table = tally.table();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", tally.id());
        out.put("name", labels.text("doctorkit.responses." + tally.id() + ".heading"));
        // False where only the rows' totals are published: their cells would have been mostly hidden.
        out.put("byResponse", !table.totalsOnly());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            Tallies.Category category = tally.rows().get(r);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id(category));
            row.put("name", labels.category(category));
            if (!table.totalsOnly()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (int c = 0; c < table.columns(); c++) {
                    cells.add(jsonCell(ResponseType.values()[c].id(), table.cell(r, c)));
                }
                row.put("cells", cells);
            }
            row.put("total", jsonCell(null, table.rowTotal(r)));
            rows.add(row);
        }
        out.put("rows", rows);
        List<Map<String, Object>> totals = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            totals.add(jsonCell(ResponseType.values()[c].id(), table.columnTotal(c)));
        }
        Map<String, Object> totalRow = new LinkedHashMap<>();
        totalRow.put("cells", totals);
        totalRow.put("total", jsonCell(null, table.grandTotal()));
        out.put("totals", totalRow);
        return out;
    }

    private static Map<String, Object> jsonCell(String response, Cell cell) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (response != null) {
            out.put("response", response);
        }
        out.put("count", cell.value());
        out.put("suppressed", cell.hidden());
        return out;
    }

    /** The category's id in the downloads: a year, jp-{region}, a country's code, "other", or a diagnosis. */
    static String id(Tallies.Category category) {
        return switch (category.kind()) {
            case JAPAN_REGION -> Places.JAPAN + "-" + category.id();
            case OTHER_COUNTRIES -> Places.OTHER_COUNTRY;
            default -> category.id();
        };
    }

    private static void csvCell(StringBuilder out, String table, String id, String name, String response, Cell cell) {
        line(
                out,
                table,
                id,
                name,
                response,
                cell.hidden() ? "" : cell.value().toString(),
                Boolean.toString(cell.hidden()));
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields[i];
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }
}
