package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.statistics.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public statistics page and its downloads show the same numbers, none of them from 1 to 10. */
@SiteTest
@Tag("db")
class ResponseStatisticsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    SiteClient visitor;

    @BeforeEach
    void setUp() {
        visitor = new SiteClient(port);
        ResponsesFixture.clear(context);
    }

    /**
     * 134 answers. By region: Kanto 31 treated, 12 referred, 25 did not know, 14 refused; Kinki 12 refused and 3 did not
     * know (a small cell); the United States 15 referred, 20 did not know; Germany 2 ("other countries").
     */
    private void seed() {
        ResponsesFixture.add(context, 20, "sciatica", "open_treated", "jp", "tokyo", 2023, 3);
        ResponsesFixture.add(context, 11, "none", "open_treated", "jp", "tokyo", 2024, 2);
        ResponsesFixture.add(context, 12, "sciatica", "open_referred", "jp", "chiba", 2024, 1);
        ResponsesFixture.add(context, 25, "sciatica", "did_not_know", "jp", "chiba", 2024, 1);
        ResponsesFixture.add(context, 14, "disc_herniation", "refused", "jp", "saitama", 2023, 5);
        ResponsesFixture.add(context, 12, "sciatica", "refused", "jp", "osaka", 2023, 6);
        ResponsesFixture.add(context, 3, "none", "did_not_know", "jp", "osaka", 2023, 6);
        ResponsesFixture.add(context, 15, "low_back_pain", "open_referred", "us", null, 2023, 9);
        ResponsesFixture.add(context, 20, "low_back_pain", "did_not_know", "us", null, 2024, 8);
        ResponsesFixture.add(context, 2, "fibromyalgia", "other", "de", null, 2023, 12);
    }

    @Test
    void thePageShowsTablesAndChartsWithSmallNumbersHidden() {
        seed();
        HttpResponse<String> page = visitor.get("/en/doctor-kit/responses");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String html = page.body();
        assertThat(html)
                .contains("<h1>How doctors respond to MPS</h1>")
                .contains("<link rel=\"canonical\" href=\"" + visitor.base() + "/en/doctor-kit/responses\">")
                .contains("hreflang=\"ja\"")
                .contains("134 answers so far.")
                .contains("href=\"/en/doctor-kit/responses/new\"")
                .contains("href=\"/en/doctor-kit/responses.csv\"")
                .contains("<th scope=\"row\">Kanto, Japan</th>")
                .contains("<th scope=\"row\">Other countries</th>")
                .contains("role=\"img\"")
                // Refused (40) and other (2) are hidden together: the 2 is small, and 40 would give it away.
                .contains(
                        "All answers, 134 answers: Treated 23%, Referred 20%, Did not know MPS 36%, Hidden numbers 21%")
                .contains("<td class=\"hidden-count\">hidden</td>");
        // Germany's 2 answers are not a row of their own.
        assertThat(html).doesNotContain("Germany");
        assertThat(html.indexOf("Kanto, Japan</th>")).isLessThan(html.indexOf("Kinki, Japan</th>"));
        int regions = html.indexOf("id=\"by_region-heading\"");
        assertThat(html.indexOf("Kinki, Japan</th>")).isLessThan(html.indexOf("United States</th>", regions));

        String japanese = visitor.get("/ja/doctor-kit/responses").body();
        assertThat(japanese)
                .contains("これまでの回答は134件です。")
                .contains("<th scope=\"row\">関東地方</th>")
                .contains("<td class=\"hidden-count\">非表示</td>")
                .contains("その他の国");
    }

    @Test
    void theDownloadsHoldTheSameNumbersWithHiddenOnesMarked() {
        seed();
        HttpResponse<String> csv = visitor.get("/ja/doctor-kit/responses.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("max-age=600, public");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFtable,category_id,category,response,count,suppressed");
        assertThat(lines)
                .contains(
                        "by_region,jp-kanto,関東地方,open_treated,31,false",
                        "by_region,jp-kinki,近畿地方,did_not_know,,true",
                        "by_region,other,その他の国,total,,true",
                        "by_year,total,合計,total,134,false",
                        // The table by diagnosis would be mostly hidden, so only its rows' totals are published.
                        "by_diagnosis,none,診断名はない・わからない,total,14,false",
                        "by_country,jp,日本,total,97,false");
        assertThat(lines).noneMatch(line -> line.startsWith("by_diagnosis,none,診断名はない・わからない,open_treated"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = fields(line);
            String count = fields[fields.length - 2];
            assertThat(count.isEmpty() || count.equals("0") || Long.parseLong(count) >= 11)
                    .as(line)
                    .isTrue();
            assertThat(count.isEmpty()).as(line).isEqualTo(fields[fields.length - 1].equals("true"));
        }

        HttpResponse<String> json = visitor.get("/en/doctor-kit/responses.json");
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("max-age=600, public");
        JsonNode data = JsonMapper.builder().build().readTree(json.body());
        assertThat(data.get("smallestShown").asInt()).isEqualTo(11);
        assertThat(data.get("page").asString()).isEqualTo(visitor.base() + "/en/doctor-kit/responses");
        JsonNode regions = data.get("tables").get(1);
        assertThat(regions.get("id").asString()).isEqualTo("by_region");
        JsonNode kinki = regions.get("rows").get(1);
        assertThat(kinki.get("id").asString()).isEqualTo("jp-kinki");
        assertThat(kinki.get("name").asString()).isEqualTo("Kinki, Japan");
        JsonNode didNotKnow = kinki.get("cells").get(2);
        assertThat(didNotKnow.get("response").asString()).isEqualTo("did_not_know");
        assertThat(didNotKnow.get("count").isNull()).isTrue();
        assertThat(didNotKnow.get("suppressed").asBoolean()).isTrue();
        assertThat(regions.get("totals").get("total").get("count").asLong()).isEqualTo(134);
    }

    /** The 44 answers of {@link StatisticsViewTest#youngSite()}, as if sent through the form. */
    private void seedYoungSite() {
        ResponsesFixture.add(context, 9, "sciatica", "did_not_know", "jp", "tokyo", 2024, 4);
        ResponsesFixture.add(context, 6, "low_back_pain", "open_treated", "jp", "tokyo", 2024, 5);
        ResponsesFixture.add(context, 5, "sciatica", "refused", "jp", "osaka", 2025, 2);
        ResponsesFixture.add(context, 7, "none", "did_not_know", "jp", "kanagawa", 2025, 3);
        ResponsesFixture.add(context, 3, "fibromyalgia", "open_referred", "jp", "fukuoka", 2025, 6);
        ResponsesFixture.add(context, 3, "none", "other", "jp", "hokkaido", 2025, 7);
        ResponsesFixture.add(context, 7, "low_back_pain", "open_treated", "us", null, 2024, 8);
        ResponsesFixture.add(context, 4, "sciatica", "did_not_know", "us", null, 2025, 9);
    }

    @Test
    void aYoungSiteSaysWhyInWordsAndShowsTheTotalsThatPassTheThreshold() {
        seedYoungSite();
        String html = visitor.get("/en/doctor-kit/responses").body();
        assertThat(SiteClient.words(html))
                .contains("44 answers so far.")
                .contains("There are 44 answers so far. So that no one can be recognised, a number is shown only where"
                        + " at least 11 answers share it.")
                .contains("All answers together")
                .contains("All answers, 44 answers: Treated 30%, Did not know MPS 45%, Hidden numbers 25%")
                .contains("By country")
                .contains("Too few of the 44 answers share both a region and a kind of response")
                .contains("<th scope=\"row\">Japan</th>\n          <td class=\"total\">33</td>")
                .contains("<th scope=\"row\">United States</th>\n          <td class=\"total\">11</td>");
        // No chart of hidden numbers for the breakdowns: only all answers together is drawn.
        assertThat(html.split("class=\"chart-bar\"", -1)).hasSize(2);

        List<String[]> csv =
                csvLines(visitor.get("/en/doctor-kit/responses.csv").body());
        assertPageAgreesWithTheDownload(html, csv);
        assertNoHiddenNumberCanBeWorkedOut(csv);
        // Only the rows' totals of the breakdowns are published: no line of 2024's treated, hidden or not.
        assertThat(csv)
                .noneMatch(
                        line -> line[0].equals("by_year") && line[1].equals("2024") && line[3].equals("open_treated"));

        JsonNode data = JsonMapper.builder()
                .build()
                .readTree(visitor.get("/en/doctor-kit/responses.json").body());
        JsonNode years = data.get("tables").get(0);
        assertThat(years.get("byResponse").asBoolean()).isFalse();
        assertThat(years.get("rows").get(0).has("cells")).isFalse();
        assertThat(years.get("rows").get(0).get("total").get("count").asLong()).isEqualTo(22);

        String japanese =
                SiteClient.words(visitor.get("/ja/doctor-kit/responses").body());
        assertThat(japanese).contains("これまでの回答は44件です。誰の回答かわからないように").contains("すべての回答の合計");
    }

    /** The seeded statistics of the first tests, too, give nothing away through their downloads. */
    @Test
    void theDownloadsOfAnOlderSiteGiveNoHiddenNumberAwayAndAgreeWithThePage() {
        seed();
        List<String[]> csv =
                csvLines(visitor.get("/en/doctor-kit/responses.csv").body());
        assertNoHiddenNumberCanBeWorkedOut(csv);
        assertPageAgreesWithTheDownload(visitor.get("/en/doctor-kit/responses").body(), csv);
    }

    private static List<String[]> csvLines(String csv) {
        return csv.lines().skip(1).map(ResponseStatisticsTest::fields).toList();
    }

    /** One CSV line's fields; a field in double quotes may hold commas ("Kanto, Japan"). */
    private static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /**
     * Every number the page shows is the download's number, hidden where the download marks it suppressed: each
     * table's rows (by their names) and its totals row, and all answers together against the totals row by year.
     */
    private static void assertPageAgreesWithTheDownload(String html, List<String[]> csv) {
        Matcher sections = Pattern.compile(
                        "<section class=\"statistics\" aria-labelledby=\"(\\w+)-heading\">(.*?)</section>",
                        Pattern.DOTALL)
                .matcher(html);
        int compared = 0;
        while (sections.find()) {
            if (sections.group(1).equals("overall")) {
                // One row a response, then the total: the totals row by year, turned on its side.
                List<String> expected = csv.stream()
                        .filter(line -> line[0].equals("by_year") && line[1].equals("total"))
                        .map(line -> line[5].equals("true") ? "hidden" : line[4])
                        .toList();
                assertThat(cells(sections.group(2))).as("all answers together").isEqualTo(expected);
                compared += expected.size();
                continue;
            }
            String table = sections.group(1);
            Matcher rows = Pattern.compile("<tr>\\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", Pattern.DOTALL)
                    .matcher(sections.group(2));
            while (rows.find()) {
                String name = rows.group(1).replace("&#39;", "'");
                List<String> cells = cells(rows.group(2));
                List<String[]> lines = csv.stream()
                        .filter(line -> line[0].equals(table) && line[2].equals(name))
                        .toList();
                List<String> expected = lines.stream()
                        .map(line -> line[5].equals("true") ? "hidden" : line[4])
                        .toList();
                // A table of totals only shows one number a row: its total, the last line.
                assertThat(cells)
                        .as("%s, %s", table, name)
                        .isEqualTo(cells.size() == 1 ? List.of(expected.getLast()) : expected);
                compared += cells.size();
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    private static List<String> cells(String html) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(html);
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }

    /**
     * A reader with every table of the download tries to work out each hidden number by adding and subtracting shown
     * ones: each number counts a set of the finest groups (year × region or country × diagnosis × answer, for the
     * categories the tables list), and a hidden one follows when its set is a combination of shown ones' sets.
     */
    private static void assertNoHiddenNumberCanBeWorkedOut(List<String[]> csv) {
        List<String> years = categories(csv, "by_year");
        List<String> places = categories(csv, "by_region");
        List<String> diagnoses = categories(csv, "by_diagnosis");
        List<String> responses = List.of("open_treated", "open_referred", "did_not_know", "refused", "other");
        int atoms = years.size() * places.size() * diagnoses.size() * responses.size();
        Reader reader = new Reader(atoms);
        List<boolean[]> hidden = new ArrayList<>();
        for (String[] line : csv) {
            boolean[] people = new boolean[atoms];
            int k = 0;
            for (String year : years) {
                for (String place : places) {
                    for (String diagnosis : diagnoses) {
                        for (String response : responses) {
                            String category = switch (line[0]) {
                                case "by_year" -> year;
                                case "by_region" -> place;
                                case "by_country" -> place.startsWith("jp-") ? "jp" : place;
                                default -> diagnosis;
                            };
                            people[k++] = (line[1].equals("total") || line[1].equals(category))
                                    && (line[3].equals("total") || line[3].equals(response));
                        }
                    }
                }
            }
            if (line[5].equals("true")) {
                hidden.add(people);
            } else {
                reader.learn(people);
            }
        }
        assertThat(hidden).isNotEmpty();
        for (boolean[] people : hidden) {
            assertThat(reader.canWorkOut(people)).isFalse();
        }
    }

    private static List<String> categories(List<String[]> csv, String table) {
        return csv.stream()
                .filter(line -> line[0].equals(table) && !line[1].equals("total"))
                .map(line -> line[1])
                .distinct()
                .toList();
    }

    @Test
    void withFewerThanElevenAnswersNothingIsShown() {
        ResponsesFixture.add(context, 4, "sciatica", "refused", "jp", "kyoto", 2024, 3);
        String html = visitor.get("/en/doctor-kit/responses").body();
        assertThat(html).contains("Fewer than 11 people have answered so far").doesNotContain("<table");
        assertThat(visitor.get("/en/doctor-kit/responses.csv").body())
                .contains("by_year,total,Total,total,,true")
                .doesNotContain(",4,");
    }

    @Test
    void anAnswerSentThroughTheFormIsCountedAtOnce() {
        ResponsesFixture.add(context, 11, "sciatica", "refused", "us", null, 2024, 3);
        assertThat(visitor.get("/en/doctor-kit/responses").body()).contains("11 answers so far.");
        visitor.submit(
                "/en/doctor-kit/responses/new",
                "/en/doctor-kit/responses/new",
                ResponsesFixture.answers("sciatica", "refused", "us", null, 2024, 4));
        assertThat(visitor.get("/en/doctor-kit/responses").body()).contains("12 answers so far.");
    }

    /** Patients read plain words; the column names of the downloads are explained on a page of their own. */
    @Test
    void theColumnNamesOfTheDownloadsAreExplainedOnTheirOwnPage() {
        for (String lang : new String[] {"en", "ja"}) {
            String statistics =
                    visitor.get("/" + lang + "/doctor-kit/responses").body();
            assertThat(statistics)
                    .doesNotContain("category_id")
                    .doesNotContain("suppressed")
                    .contains("href=\"/" + lang + "/doctor-kit/responses/data\"")
                    .contains("href=\"/" + lang + "/doctor-kit/responses.csv\"");
            HttpResponse<String> data = visitor.get("/" + lang + "/doctor-kit/responses/data");
            assertThat(data.statusCode()).isEqualTo(200);
            assertThat(data.body())
                    .contains("category_id")
                    .contains("suppressed")
                    .contains("href=\"/" + lang + "/doctor-kit/responses.json\"");
        }
        assertThat(visitor.get("/ja/doctor-kit/responses/data").body()).contains("各列の意味");
    }

    @Test
    void theStatisticsAreInTheSitemapAndTheFormIsNot() {
        String index = visitor.get("/sitemap.xml").body();
        assertThat(index).contains(visitor.base() + "/sitemaps/doctor-responses-1.xml");
        String sitemap = visitor.get("/sitemaps/doctor-responses-1.xml").body();
        assertThat(sitemap)
                .contains(visitor.base() + "/en/doctor-kit/responses</loc>")
                .contains(visitor.base() + "/ja/doctor-kit/responses</loc>")
                .doesNotContain("/new");
        assertThat(visitor.get("/en/doctor-kit/responses/new").body())
                .contains("<meta name=\"robots\" content=\"noindex\">");
    }
}
