package org.mpscommons.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A site that loaded an earlier version of the shipped content gets its corrections at the next start, as a new
 * revision by the site, unless an editor has changed that article or reference since: theirs is never overwritten.
 */
@SiteTest
@Tag("db")
class ShippedCorrectionsTest {

    @Autowired
    ArticleSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anArticleNoEditorTouchedGetsTheCorrectedTextAndAnEditedOneKeepsItsOwn() {
        long untouched = article("sciatica", "ja");
        long edited = article("meniscus", "en");
        String editedOriginal = body(edited);
        // As an earlier version of the site left them: the site's own text in one, an editor's latest in the other.
        jdbc.sql("UPDATE article SET body_source = 'old shipped text' WHERE id = :id")
                .param("id", untouched)
                .update();
        jdbc.sql("UPDATE article SET body_source = 'an editor''s text' WHERE id = :id")
                .param("id", edited)
                .update();
        int revision = jdbc.sql("SELECT revision FROM article WHERE id = :id")
                .param("id", edited)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                UPDATE article_revision SET editor_id = 42, editor_name = 'Editor'
                WHERE article_id = :id AND number = :number
                """).param("id", edited).param("number", revision).update();

        seeder.seed();

        String corrected = jdbc.sql("SELECT body_source FROM article WHERE id = :id")
                .param("id", untouched)
                .query(String.class)
                .single();
        assertThat(corrected).contains("207").doesNotContain("old shipped text");
        assertThat(jdbc.sql("""
                SELECT note FROM article_revision WHERE article_id = :id ORDER BY number DESC FETCH FIRST 1 ROWS ONLY
                """).param("id", untouched).query(String.class).single())
                .isEqualTo(ShippedCorrections.NOTE);
        assertThat(jdbc.sql("SELECT body_source FROM article WHERE id = :id")
                        .param("id", edited)
                        .query(String.class)
                        .single())
                .isEqualTo("an editor's text");

        // Applied once in a site's life: restoring the old text by hand is not undone at the next start.
        jdbc.sql("UPDATE article SET body_source = 'old shipped text' WHERE id = :id")
                .param("id", untouched)
                .update();
        seeder.seed();
        assertThat(body(untouched)).isEqualTo("old shipped text");

        // Other tests read these articles from the same database.
        jdbc.sql("UPDATE article SET body_source = :body WHERE id = :id")
                .param("body", corrected)
                .param("id", untouched)
                .update();
        jdbc.sql("UPDATE article SET body_source = :body WHERE id = :id")
                .param("body", editedOriginal)
                .param("id", edited)
                .update();
    }

    private String body(long id) {
        return jdbc.sql("SELECT body_source FROM article WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void aReferenceNoEditorChangedGetsTheCorrectedValues() {
        String bodenTitle = jdbc.sql("SELECT title FROM article_reference WHERE ref_key = 'boden_1990'")
                .query(String.class)
                .single();
        jdbc.sql("UPDATE article_reference SET pub_year = 2018, edited = FALSE WHERE ref_key = 'culvenor_2019'")
                .update();
        jdbc.sql(
                        "UPDATE article_reference SET title = 'An editor''s title', edited = TRUE WHERE ref_key = 'boden_1990'")
                .update();

        seeder.seed();

        assertThat(jdbc.sql("SELECT pub_year FROM article_reference WHERE ref_key = 'culvenor_2019'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2019);
        assertThat(jdbc.sql("SELECT title FROM article_reference WHERE ref_key = 'boden_1990'")
                        .query(String.class)
                        .single())
                .isEqualTo("An editor's title");
        jdbc.sql("UPDATE article_reference SET title = :title WHERE ref_key = 'boden_1990'")
                .param("title", bodenTitle)
                .update();
    }

    private long article(String key, String language) {
        return jdbc.sql("SELECT id FROM article WHERE translation_key = :key AND language = :language")
                .param("key", key)
                .param("language", language)
                .query(Long.class)
                .single();
    }
}
