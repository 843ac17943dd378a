package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
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
                // 12 and 14 are hidden to protect Kinki's 3 through their columns; together they are 32% of Kanto's
                // bar.
                .contains("Kanto, Japan, 82 answers: Treated 38%, Did not know MPS 30%, Hidden numbers 32%")
                .contains("fewer than 11 answers, not drawn")
                .contains("<td class=\"hidden-count\">hidden</td>");
        // Germany's 2 answers are not a row of their own.
        assertThat(html).doesNotContain("Germany");
        assertThat(html.indexOf("Kanto, Japan</th>")).isLessThan(html.indexOf("Kinki, Japan</th>"));
        assertThat(html.indexOf("Kinki, Japan</th>")).isLessThan(html.indexOf("United States</th>"));

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
                        // 11 would be shown, but it is the smallest way to keep the 3 beside it from being worked out.
                        "by_diagnosis,none,診断名はない・わからない,open_treated,,true");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
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
