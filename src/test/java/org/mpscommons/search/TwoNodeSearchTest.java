package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.MpsCommonsApplication;
import org.mpscommons.SiteTest;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two nodes on one database, each with its own index: a topic written through the first is found through the second,
 * which learns of it only from the change log. Runs on PostgreSQL in CI (tag db), as a multi-node site would.
 */
@SiteTest
@Tag("db")
class TwoNodeSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void aTopicWrittenThroughOneNodeIsFoundThroughTheOther() throws Exception {
        Map<String, Object> shared = new HashMap<>();
        for (String key : new String[] {
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "mps.data-dir",
            "mps.test.smtp-port",
            "mps.forms.min-fill-time",
            "mps.mail.smtp-host",
            "spring.mail.host",
            "spring.mail.port",
            "mps.links.check-cron"
        }) {
            String value = environment.getProperty(key);
            if (value != null) {
                shared.put(key, value);
            }
        }
        // Its own index directory comes from TestDatabase, which gives every application context one. The port is a
        // command-line argument because default properties lose to application.yml's server.port (8080 is not ours).
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MpsCommonsApplication.class)
                .properties(shared)
                .run("--server.port=0")) {
            Search secondSearch = second.getBean(Search.class);
            String word = "nodeword" + letters();
            ForumFixture forum = new ForumFixture(context, port);
            String path = ForumFixture.startTopic(
                    forum.member().client(), "Written on the first node " + word, "Found on the second: " + word);
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (secondSearch
                            .search(new Search.Request(word, null, null, 1, "en"))
                            .empty()
                    && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(secondSearch
                            .search(new Search.Request(word, null, null, 1, "en"))
                            .hits())
                    .extracting(Search.Hit::path)
                    .contains("/en" + path);
            assertThat(Path.of(second.getEnvironment().getProperty("mps.search.index-dir")))
                    .isNotEqualTo(Path.of(environment.getProperty("mps.search.index-dir")));

            // Synonyms an admin saves through the first node are used by the second within its poll (2 s).
            String synonym = "syn" + letters();
            Search.Request query = new Search.Request(synonym, "article", "en", 1, "en");
            assertThat(secondSearch.search(query).empty()).isTrue();
            SynonymList synonyms = context.getBean(SynonymList.class);
            try {
                assertThat(synonyms.save(
                                Synonyms.shippedText()
                                        .replace("sciatica, sciatic pain,", "sciatica, sciatic pain, " + synonym + ","),
                                null,
                                "test",
                                "",
                                null))
                        .isEmpty();
                end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (secondSearch.search(query).empty() && System.nanoTime() < end) {
                    Thread.sleep(50);
                }
                assertThat(secondSearch.search(query).hits())
                        .extracting(Search.Hit::path)
                        .contains("/en/articles/sciatica");
            } finally {
                synonyms.save(Synonyms.shippedText(), null, "test", "", 0L);
            }
        }
    }

    private static String letters() {
        StringBuilder word = new StringBuilder();
        long seed = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + (int) (seed % 26)));
            seed /= 26;
        }
        return word.toString();
    }
}
