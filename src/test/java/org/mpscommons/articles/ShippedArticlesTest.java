package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The content the site ships with holds together: every article exists in both languages, is of the length the
 * knowledge base promises, and cites only references the site has as data.
 */
@SiteTest
@Tag("db")
class ShippedArticlesTest {

    @Autowired
    ArticleSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyArticleIsInBothLanguagesAndCitesKnownReferences() {
        List<ArticleSeeder.Shipped> shipped = seeder.shipped();
        Map<String, Set<String>> languages = shipped.stream()
                .collect(Collectors.groupingBy(
                        article -> article.content().translationKey(),
                        Collectors.mapping(article -> article.content().language(), Collectors.toSet())));
        assertThat(languages).hasSizeGreaterThanOrEqualTo(7);
        assertThat(languages.values()).allSatisfy(both -> assertThat(both).containsExactlyInAnyOrder("en", "ja"));
        Set<String> known = Set.copyOf(jdbc.sql("SELECT ref_key FROM article_reference")
                .query(String.class)
                .list());
        // A reference that could not be confirmed as cited supports no statement.
        Set<String> unusable = Set.copyOf(jdbc.sql("SELECT ref_key FROM article_reference WHERE status = 'unusable'")
                .query(String.class)
                .list());
        for (ArticleSeeder.Shipped article : shipped) {
            String name =
                    article.content().translationKey() + "." + article.content().language();
            assertThat(article.cited()).as(name).isNotEmpty();
            assertThat(known).as(name).containsAll(article.cited());
            assertThat(article.cited())
                    .as(name + " cites an unusable reference")
                    .noneMatch(unusable::contains);
            assertThat(article.content().summary().length()).as(name).isLessThanOrEqualTo(Articles.SUMMARY_MAX);
            if (article.content().language().equals("en")) {
                int words = article.content().bodySource().split("\\s+").length;
                assertThat(words).as(name + " words").isBetween(600, 1700);
            } else {
                assertThat(article.content().bodySource().length())
                        .as(name + " characters")
                        .isBetween(1500, 6000);
            }
        }
    }
}
