package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.MemberBulkLoad;
import org.mpscommons.accounts.MemberBulkLoad.NewMember;
import org.mpscommons.content.ContentPipeline;
import org.mpscommons.forum.ForumBulkLoad.NewCategoryFollow;
import org.mpscommons.forum.ForumBulkLoad.NewPost;
import org.mpscommons.forum.ForumBulkLoad.NewReaction;
import org.mpscommons.forum.ForumBulkLoad.NewTopic;
import org.mpscommons.forum.ForumBulkLoad.NewTopicFollow;
import org.mpscommons.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A topic a tool loads in bulk is a topic like any other: listed in its category under the slug the forum made from
 * its title, with its posts, reactions and follows; its writer counts as having published, and the site's next topic
 * and post get the ids after the loaded ones. Read by a signed-in member: visitors' copies of list pages follow topic
 * versions, which a bulk load does not raise (it fills a forum before the site serves it).
 */
@SiteTest
@Tag("db")
class ForumBulkLoadTest {

    private static final String PASSWORD = "loaded member's long password";

    @LocalServerPort
    int port;

    @Autowired
    ForumBulkLoad forum;

    @Autowired
    MemberBulkLoad accounts;

    @Autowired
    ContentPipeline pipeline;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadedTopicsAppearInTheForumWithTheirPosts() {
        long writer = accounts.nextId();
        long reader = writer + 1;
        String email = AccountsFixture.unique("writer") + "@example.org";
        String hash = passwords.encode(PASSWORD);
        Instant then = Instant.now().minusSeconds(3600);
        accounts.load(List.of(
                new NewMember(writer, AccountsFixture.unique("Writer"), email, hash, Language.EN, then),
                new NewMember(
                        reader,
                        AccountsFixture.unique("Reader"),
                        AccountsFixture.unique("reader") + "@example.org",
                        hash,
                        Language.EN,
                        then)));
        accounts.continueIdsAfterLoaded();

        long topic = forum.nextTopicId();
        long post = forum.nextPostId();
        long treatments = forum.categoryIds().get("treatments");
        String unique = AccountsFixture.unique("");
        String title = "Stretching helped, loaded " + unique;
        forum.loadTopics(List.of(new NewTopic(
                topic,
                treatments,
                title,
                "en",
                Visibility.PUBLIC,
                PostStatus.VISIBLE,
                writer,
                2,
                1,
                7,
                then,
                then.plusSeconds(60))));
        forum.loadPosts(List.of(
                new NewPost(
                        post,
                        topic,
                        1,
                        writer,
                        "en",
                        PostStatus.VISIBLE,
                        "Opening **" + unique + "**",
                        pipeline.render("Opening **" + unique + "**"),
                        then,
                        1,
                        0),
                new NewPost(
                        post + 1,
                        topic,
                        2,
                        writer,
                        "en",
                        PostStatus.VISIBLE,
                        "A reply",
                        pipeline.render("A reply"),
                        then.plusSeconds(60),
                        0,
                        0)));
        forum.loadReactions(List.of(new NewReaction(post, reader, ReactionKind.HELPFUL, then.plusSeconds(120))));
        forum.loadTopicFollows(List.of(new NewTopicFollow(writer, topic, then)));
        forum.loadCategoryFollows(List.of(new NewCategoryFollow(reader, treatments, then)));
        forum.finishLoading();

        String path = "/en/forum/t/" + topic + "/stretching-helped-loaded-" + unique;
        SiteClient member = new SiteClient(port);
        AccountsFixture.signIn(member, "en", email, PASSWORD);
        assertThat(member.get("/en/forum/c/treatments").body()).contains(title).contains("href=\"" + path);
        assertThat(member.get(path).body())
                .contains("<strong>" + unique + "</strong>")
                .contains("A reply");

        assertThat(number("SELECT approved_posts FROM forum_member WHERE member_id = " + writer))
                .isEqualTo(2);
        assertThat(number("SELECT COUNT(*) FROM forum_topic_follow WHERE member_id = " + writer))
                .isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM forum_category_follow WHERE member_id = " + reader))
                .isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM forum_reaction WHERE member_id = " + reader))
                .isEqualTo(1);
        // The next topic the site stores without an id (removed again: it has no posts, which no page expects).
        jdbc.sql("""
                INSERT INTO forum_topic (category_id, title, slug, language, visibility, status, author_id, created_at,
                    last_posted_at)
                VALUES (:category, 'After', 'after', 'en', 'PUBLIC', 'VISIBLE', :author, CURRENT_TIMESTAMP,
                    CURRENT_TIMESTAMP)
                """).param("category", treatments).param("author", writer).update();
        long after = number("SELECT MAX(id) FROM forum_topic");
        jdbc.sql("DELETE FROM forum_topic WHERE id = :id").param("id", after).update();
        assertThat(after).isEqualTo(topic + 1);
    }

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
