package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17, item 4: a phone number a member posted (after the warning) and then edited out must not stay readable
 * in the post's history. Only the writer and moderators read earlier versions; either can erase one version's text,
 * which then is gone from the database for everyone.
 */
@SiteTest
@Tag("db")
class EditHistoryPrivacyTest {

    private static final String PHONE = "090-1234-5678";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ForumFixture forum;

    @BeforeEach
    void setUp() {
        forum = new ForumFixture(context, port);
    }

    /** A reply that carried the phone number, then was edited to leave it out; returns the reply's id. */
    private long replyWithPhoneEditedOut(ForumFixture.Member author, String path) {
        HttpResponse<String> posted = author.client()
                .submit(
                        "/en" + path,
                        "/en" + ForumFixture.replyAction(path),
                        Map.of("body", "Call me on " + PHONE + " after six.", "confirmPublic", "yes"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        long reply = ForumFixture.postId(jdbc, path, 2);
        HttpResponse<String> edited = author.client()
                .submit(
                        "/en/forum/p/" + reply + "/edit",
                        "/en/forum/p/" + reply + "/edit",
                        Map.of("body", "Write to me through my profile instead."));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
        return reply;
    }

    private long revisionWithPhone(long postId) {
        return jdbc.sql("SELECT id FROM forum_post_revision WHERE post_id = :post AND body_source LIKE :phone")
                .param("post", postId)
                .param("phone", "%" + PHONE + "%")
                .query(Long.class)
                .single();
    }

    private String storedText(long revisionId) {
        return jdbc.sql("SELECT body_source FROM forum_post_revision WHERE id = :id")
                .param("id", revisionId)
                .query(String.class)
                .single();
    }

    private static String eraseAction(String lang, long postId, long revisionId) {
        return "/" + lang + "/forum/p/" + postId + "/history/" + revisionId + "/erase";
    }

    @Test
    void visitorsAndOtherMembersSeeOnlyThatThePostWasChangedAndWhen() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(forum.member().client(), unique("Calling "), "Who can I talk to?");
        long reply = replyWithPhoneEditedOut(author, path);

        assertThat(forum.visitor().get("/en" + path).body())
                .doesNotContain(PHONE)
                .contains("href=\"/en/forum/p/" + reply + "/history\"");
        for (String lang : new String[] {"en", "ja"}) {
            String history = "/" + lang + "/forum/p/" + reply + "/history";
            for (var reader : new org.mpscommons.SiteClient[] {
                forum.visitor(), forum.member().client()
            }) {
                HttpResponse<String> page = reader.get(history);
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body())
                        .doesNotContain(PHONE)
                        .doesNotContain("after six")
                        .contains(
                                lang.equals("en")
                                        ? "Only the writer of this post and the moderators"
                                        : "以前の内容を読めるのは、この書き込みの投稿者とモデレーターだけです")
                        .contains(lang.equals("en") ? "Changed on " : "に変更");
            }
        }
        // The writer and a moderator read it, in both languages.
        assertThat(author.client().get("/en/forum/p/" + reply + "/history").body())
                .contains(PHONE);
        assertThat(author.client().get("/ja/forum/p/" + reply + "/history").body())
                .contains(PHONE);
        assertThat(forum.moderator()
                        .client()
                        .get("/en/forum/p/" + reply + "/history")
                        .body())
                .contains(PHONE);
    }

    @Test
    void theWriterErasesAVersionAndNobodyReadsItAgain() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(forum.member().client(), unique("Erasing "), "Any advice?");
        long reply = replyWithPhoneEditedOut(author, path);
        long revision = revisionWithPhone(reply);

        // Without the CSRF token nothing happens.
        assertThat(author.client()
                        .post(eraseAction("en", reply, revision), Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(storedText(revision)).contains(PHONE);

        HttpResponse<String> erased = author.client()
                .submit("/en/forum/p/" + reply + "/history", eraseAction("en", reply, revision), Map.of());
        assertThat(location(erased)).isEqualTo("/en/forum/p/" + reply + "/history#revision-" + revision);
        assertThat(storedText(revision)).isEmpty();

        String english =
                author.client().get("/en/forum/p/" + reply + "/history").body();
        assertThat(english)
                .doesNotContain(PHONE)
                .contains("Text removed on")
                .contains("by the writer")
                .contains("Write to me through my profile instead.");
        assertThat(author.client().get("/ja/forum/p/" + reply + "/history").body())
                .doesNotContain(PHONE)
                .contains("投稿者が本文を削除しました");
        assertThat(forum.moderator()
                        .client()
                        .get("/en/forum/p/" + reply + "/history")
                        .body())
                .doesNotContain(PHONE)
                .contains("Text removed on");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'forum.eraseRevision' AND target_id = :author
                    AND detail LIKE :detail
                """)
                        .param("author", author.id())
                        .param("detail", "revision " + revision + " of post " + reply + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aModeratorErasesAVersionButAnotherMemberOrAVisitorCannot() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(forum.member().client(), unique("Moderated "), "Any advice?");
        long reply = replyWithPhoneEditedOut(author, path);
        long revision = revisionWithPhone(reply);

        ForumFixture.Member other = forum.member();
        assertThat(other.client()
                        .submit("/en" + path, eraseAction("en", reply, revision), Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(forum.visitor()
                        .submit("/en" + path, eraseAction("en", reply, revision), Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(storedText(revision)).contains(PHONE);

        ForumFixture.Member moderator = forum.moderator();
        HttpResponse<String> erased = moderator
                .client()
                .submit("/ja/forum/p/" + reply + "/history", eraseAction("ja", reply, revision), Map.of());
        assertThat(location(erased)).isEqualTo("/ja/forum/p/" + reply + "/history#revision-" + revision);
        assertThat(storedText(revision)).isEmpty();
        assertThat(moderator.client().get("/ja/forum/p/" + reply + "/history").body())
                .doesNotContain(PHONE)
                .contains("モデレーターが本文を削除しました");
        assertThat(author.client().get("/en/forum/p/" + reply + "/history").body())
                .doesNotContain(PHONE)
                .contains("by a moderator");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'forum.eraseRevision' AND actor_id = :mod")
                        .param("mod", moderator.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anErasedTitleIsGoneToo() {
        ForumFixture.Member author = forum.member();
        String oldTitle = unique("Ring " + PHONE + " ");
        HttpResponse<String> started = author.client()
                .submit(
                        "/en/forum/new?category=pain-and-diagnosis",
                        "/en/forum/new",
                        Map.of(
                                "category",
                                "pain-and-diagnosis",
                                "title",
                                oldTitle,
                                "body",
                                "Text.",
                                "language",
                                "",
                                "visibility",
                                "public",
                                "confirmPublic",
                                "yes"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String path = location(started).replaceFirst("^/en", "").replaceFirst("\\?.*$", "");
        long opening = ForumFixture.postId(jdbc, path, 1);
        author.client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        Map.of("title", "A better title", "body", "Text."));
        long revision = jdbc.sql("SELECT id FROM forum_post_revision WHERE post_id = :post")
                .param("post", opening)
                .query(Long.class)
                .single();
        assertThat(forum.visitor().get("/en/forum/p/" + opening + "/history").body())
                .doesNotContain(PHONE);
        author.client().submit("/en/forum/p/" + opening + "/history", eraseAction("en", opening, revision), Map.of());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forum_post_revision WHERE id = :id AND title IS NULL")
                        .param("id", revision)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(author.client().get("/en/forum/p/" + opening + "/history").body())
                .doesNotContain(PHONE);
    }

    @Test
    void aLeavingWritersEarlierVersionsGoWithTheirWordsOrStayForModeratorsOnly() {
        String path = startTopic(forum.member().client(), unique("Leaving "), "Any advice?");
        ForumFixture.Member erasing = forum.member();
        long erased = replyWithPhoneEditedOut(erasing, path);
        erasing.client()
                .submit(
                        "/en/forum/p/" + erased + "/history",
                        eraseAction("en", erased, revisionWithPhone(erased)),
                        Map.of());
        deleteAccount(erasing, "delete");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forum_post_revision WHERE post_id = :post")
                        .param("post", erased)
                        .query(Long.class)
                        .single())
                .isZero();

        ForumFixture.Member keeping = forum.member();
        String keptPath = startTopic(forum.member().client(), unique("Kept "), "Any advice?");
        long kept = replyWithPhoneEditedOut(keeping, keptPath);
        deleteAccount(keeping, "keep");
        assertThat(forum.visitor().get("/en/forum/p/" + kept + "/history").body())
                .doesNotContain(PHONE);
        assertThat(forum.moderator()
                        .client()
                        .get("/en/forum/p/" + kept + "/history")
                        .body())
                .contains(PHONE);
    }

    private static void deleteAccount(ForumFixture.Member member, String posts) {
        HttpResponse<String> response = member.client()
                .submit(
                        "/en/account/delete",
                        "/en/account/delete",
                        Map.of("password", org.mpscommons.accounts.AccountsFixture.PASSWORD, "posts", posts));
        assertThat(response.statusCode()).isEqualTo(302);
    }
}
