package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.SiteClient.words;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What topic lists show of each topic (who started it, the start of its text, replies and who replied last), what the
 * front page shows of each category, and which languages a list shows: the page's by default, or the reader's
 * remembered choice, with a language badge only on topics in the other language.
 */
@SiteTest
@Tag("db")
class TopicListRowsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRowShowsItsAuthorTheStartOfItsTextAndTheLastReplyEvenAfterOneIsHidden() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member starter = forum.member();
        ForumFixture.Member first = forum.member();
        ForumFixture.Member second = forum.member();
        String title = unique("Shoulder and neck ");
        String path = startTopic(
                starter.client(),
                "treatments",
                title,
                "It **started** after a fall.\n\n- physiotherapy\n- injections\n\nWhat helped you?",
                "public");
        ForumFixture.reply(first.client(), path, "Stretching every morning helped me.");
        ForumFixture.reply(second.client(), path, "Heat and rest, in my case.");

        String row = row(words(forum.visitor().get("/en/forum/c/treatments").body()), title);
        assertThat(row)
                .contains(">" + name(starter) + "<")
                .contains("It started after a fall. physiotherapy injections What helped you?")
                .doesNotContain("**")
                .contains("2 replies")
                .contains("Last reply by " + name(second))
                .contains("<img class=\"avatar\" src=\"/avatars/initials/")
                .doesNotContain("badge-language");

        forum.moderator()
                .client()
                .submit(
                        "/en" + path,
                        "/en/forum/moderate/" + ForumFixture.postId(jdbc, path, 3) + "/hide",
                        Map.of("reason", "test"));
        row = row(words(forum.visitor().get("/en/forum/c/treatments").body()), title);
        assertThat(row).contains("1 reply").contains("Last reply by " + name(first));
    }

    @Test
    void theFrontPageCountsEachCategorysTopicsInThePagesLanguageAndLinksItsLatest() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member member = forum.member();
        String english = unique("Back again after a year ");
        startTopic(member.client(), "recovery-stories", english, "I am well now, and want to say how.", "public");
        String japanese = unique("一年ぶりに報告します ");
        String japanesePath =
                startTopic(member.client(), "recovery-stories", japanese, "すっかり良くなりました。その経緯を書きます。", "public");

        String en = category(words(forum.visitor().get("/en/forum/").body()), "recovery-stories", "en");
        long englishTopics = visibleTopics("recovery-stories", "en");
        assertThat(en)
                .contains(englishTopics + (englishTopics == 1 ? " topic<" : " topics<"))
                .contains(english);
        String ja = category(words(forum.visitor().get("/ja/forum/").body()), "recovery-stories", "ja");
        assertThat(ja)
                .contains("トピック " + visibleTopics("recovery-stories", "ja") + "件")
                .contains("href=\"/ja" + japanesePath + "\"")
                .contains(japanese)
                .contains("<time datetime=");
    }

    @Test
    void aListShowsThePagesLanguageUntilTheReaderChoosesAndRemembersTheChoice() {
        ForumFixture forum = new ForumFixture(context, port);
        ForumFixture.Member member = forum.member();
        String english = unique("Hello from Canada ");
        startTopic(member.client(), "introductions", english, "I have had jaw pain for two years.", "public");
        String japanese = unique("はじめまして ");
        startTopic(member.client(), "introductions", japanese, "二年前から顎が痛みます。よろしくお願いします。", "public");
        SiteClient reader = forum.visitor();
        String list = "/ja/forum/c/introductions";

        assertThat(words(reader.get(list).body())).contains(japanese).doesNotContain(english);
        assertThat(words(reader.get("/ja/forum/").body())).contains(japanese).doesNotContain(english);

        HttpResponse<String> both = reader.get(list + "?lang=all");
        assertThat(both.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("mps_forum_lang=all"));
        assertThat(row(words(both.body()), english))
                .contains("<span class=\"badge badge-language\" lang=\"en\">English</span>");
        assertThat(row(words(both.body()), japanese)).doesNotContain("badge-language");
        assertThat(words(both.body()))
                .contains("<a href=\"/ja/forum/c/introductions?sort=latest&amp;lang=all\" aria-current=\"true\">");

        // Remembered: the same addresses now list both languages, for this reader only.
        assertThat(words(reader.get(list).body())).contains(japanese).contains(english);
        assertThat(words(reader.get("/ja/forum/").body())).contains(japanese).contains(english);
        assertThat(words(forum.visitor().get(list).body())).doesNotContain(english);

        String englishPage = words(reader.get("/en/forum/c/introductions").body());
        assertThat(row(englishPage, japanese)).contains("<span class=\"badge badge-language\" lang=\"ja\">日本語</span>");
        assertThat(row(englishPage, english)).doesNotContain("badge-language");

        HttpResponse<String> back = reader.get(list + "?lang=ja");
        assertThat(back.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("mps_forum_lang=;") && cookie.contains("Max-Age=0"));
        assertThat(words(reader.get(list).body())).contains(japanese).doesNotContain(english);
    }

    /** The list item of the topic with this title. */
    private static String row(String page, String title) {
        Matcher row = Pattern.compile(
                        "<li class=\"topic-row\">(?:(?!</li>).)*?" + Pattern.quote(title) + ".*?</li>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("a row for %s", title).isTrue();
        return row.group();
    }

    /** The front page's list item of a category. */
    private static String category(String page, String slug, String lang) {
        Matcher item = Pattern.compile(
                        "<li>\\s*<a class=\"category-name\" href=\"/" + lang + "/forum/c/" + slug + "\">.*?</li>",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(item.find()).as("the category %s", slug).isTrue();
        return item.group();
    }

    private long visibleTopics(String slug, String language) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM forum_topic t JOIN forum_category c ON c.id = t.category_id
                WHERE c.slug = :slug AND t.language = :language AND t.status = 'VISIBLE' AND t.visibility = 'PUBLIC'
                """)
                .param("slug", slug)
                .param("language", language)
                .query(Long.class)
                .single();
    }

    private String name(ForumFixture.Member member) {
        return jdbc.sql("SELECT display_name FROM member WHERE id = :id")
                .param("id", member.id())
                .query(String.class)
                .single();
    }
}
