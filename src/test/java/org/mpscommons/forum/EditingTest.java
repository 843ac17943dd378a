package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.forum.ForumFixture.reply;
import static org.mpscommons.forum.ForumFixture.startTopic;
import static org.mpscommons.forum.ForumFixture.unique;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editing with history (for the writer and moderators), deleting, answers, topic tools, and that nobody reaches what is not theirs. */
@SiteTest
@Tag("db")
class EditingTest {

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

    @Test
    void anAuthorEditsAndReadsTheEarlierVersionWhileVisitorsSeeOnlyWhen() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(author.client(), unique("Neck pain "), "First words.");
        long opening = ForumFixture.postId(jdbc, path, 1);
        var edited = author.client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        Map.of("title", "Neck and shoulder pain", "body", "Better words.", "language", "en"));
        assertThat(location(edited)).endsWith("#post-1");
        String newPath = "/forum/t/" + ForumFixture.topicId(path) + "/neck-and-shoulder-pain";
        String page = forum.visitor().get("/en" + newPath).body();
        assertThat(page)
                .contains("Better words.")
                .contains("Neck and shoulder pain")
                .contains("href=\"/en/forum/p/" + opening + "/history\"");
        assertThat(location(forum.visitor().get("/en" + path))).isEqualTo("/en" + newPath);
        assertThat(forum.visitor().get("/en/forum/p/" + opening + "/history").body())
                .doesNotContain("First words.")
                .contains("Changed on ");
        String history =
                author.client().get("/en/forum/p/" + opening + "/history").body();
        assertThat(history)
                .contains("First words.")
                .contains("Better words.")
                .contains("Changed by its author")
                .contains("Title then: "
                        + path.substring(path.lastIndexOf('/') + 1)
                                .replace('-', ' ')
                                .replace("neck pain", "Neck pain"));
    }

    @Test
    void aNewMemberCannotEditInTheLinksTheyCouldNotPost() {
        ForumFixture.Member newcomer = forum.member();
        String path = startTopic(newcomer.client(), unique("Edited links "), "One link: https://a.example");
        long opening = ForumFixture.postId(jdbc, path, 1);
        var spammy = newcomer.client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        Map.of(
                                "title",
                                "Edited links",
                                "body",
                                "https://a.example https://b.example https://c.example"));
        assertThat(spammy.statusCode()).isEqualTo(200);
        assertThat(spammy.body()).contains("more links than a new member may include");
        assertThat(forum.visitor().get("/en" + path).body())
                .contains("One link")
                .doesNotContain("c.example");
    }

    @Test
    void aModeratorEditsWithAReasonAndOthersCannotEditAtAll() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(author.client(), unique("Edits "), "Call me at my clinic any time.");
        long opening = ForumFixture.postId(jdbc, path, 1);

        ForumFixture.Member other = forum.member();
        assertThat(other.client().get("/en/forum/p/" + opening + "/edit").statusCode())
                .isEqualTo(404);
        assertThat(other.client()
                        .submit(
                                "/en" + path,
                                "/en/forum/p/" + opening + "/edit",
                                Map.of("title", "Taken over", "body", "Mine now"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(other.client()
                        .submit("/en" + path, "/en/forum/p/" + opening + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(404);

        ForumFixture.Member moderator = forum.moderator();
        var noReason = moderator
                .client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        Map.of("title", "Edits", "body", "Call the number in my profile."));
        assertThat(noReason.body()).contains("Please say why you are changing this post.");
        var edited = moderator
                .client()
                .submit(
                        "/en/forum/p/" + opening + "/edit",
                        "/en/forum/p/" + opening + "/edit",
                        Map.of(
                                "title",
                                "Edits",
                                "body",
                                "Call the number in my profile.",
                                "reason",
                                "Removed a phone number"));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(author.client().get("/en/forum/p/" + opening + "/history").body())
                .contains("Changed by a moderator")
                .contains("Reason: Removed a phone number")
                .contains("Call me at my clinic any time.");
        assertThat(forum.visitor().get("/en/forum/p/" + opening + "/history").body())
                .doesNotContain("Removed a phone number")
                .doesNotContain("Call me at my clinic");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'forum.edit' AND reason = 'Removed a phone number'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAuthorDeletesAReplyAndAnUnansweredTopicGoesWhole() {
        ForumFixture.Member author = forum.member();
        String path = startTopic(forum.member().client(), unique("Deleting "), "Question.");
        String words = unique("I regret writing this ");
        reply(author.client(), path, words);
        long replyId = ForumFixture.postId(jdbc, path, 2);
        var deleted = author.client()
                .submit("/en/forum/p/" + replyId + "/edit", "/en/forum/p/" + replyId + "/delete", Map.of());
        assertThat(location(deleted)).endsWith("#post-2");
        assertThat(forum.visitor().get("/en" + path).body())
                .doesNotContain(words)
                .contains("This post was deleted by its author.");
        assertThat(forum.visitor().get("/en/forum/p/" + replyId + "/history").statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forum_post WHERE id = :id AND body_source = ''")
                        .param("id", replyId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String alone = startTopic(author.client(), unique("Alone "), "Nobody answers.");
        long opening = ForumFixture.postId(jdbc, alone, 1);
        var gone = author.client()
                .submit("/en/forum/p/" + opening + "/edit", "/en/forum/p/" + opening + "/delete", Map.of());
        assertThat(location(gone)).isEqualTo("/en/forum/c/pain-and-diagnosis");
        assertThat(forum.visitor().get("/en" + alone).statusCode()).isEqualTo(404);
    }

    @Test
    void theAskerMarksTheAnswerInQuestionsForProfessionals() {
        ForumFixture.Member asker = forum.member();
        String path = startTopic(
                asker.client(),
                "questions-for-professionals",
                unique("Is it a trigger point "),
                "Pain in my buttock down the leg.",
                "public");
        ForumFixture.Member doctor = forum.member();
        reply(doctor.client(), path, "It may be the gluteus minimus; ask for an examination.");
        long answer = ForumFixture.postId(jdbc, path, 2);
        // Someone else cannot mark it; the asker can.
        assertThat(doctor.client()
                        .submit("/en" + path, "/en/forum/p/" + answer + "/answer", Map.of())
                        .statusCode())
                .isEqualTo(404);
        asker.client().submit("/en" + path, "/en/forum/p/" + answer + "/answer", Map.of());
        assertThat(forum.visitor().get("/en" + path).body()).contains("Marked as the answer");
        assertThat(forum.visitor()
                        .get("/en/forum/c/questions-for-professionals")
                        .body())
                .contains("Answered");
        // Outside the Q&A category there is nothing to mark.
        String elsewhere = startTopic(asker.client(), unique("No answers here "), "Text.");
        reply(doctor.client(), elsewhere, "A reply.");
        assertThat(asker.client()
                        .submit(
                                "/en" + elsewhere,
                                "/en/forum/p/" + ForumFixture.postId(jdbc, elsewhere, 2) + "/answer",
                                Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void moderatorsPinCloseAndMoveTopics() {
        ForumFixture.Member author = forum.member();
        String title = unique("Rules of the forum ");
        String path = startTopic(author.client(), "site-feedback", title, "Be kind.", "public");
        long id = ForumFixture.topicId(path);
        ForumFixture.Member moderator = forum.moderator();
        moderator.client().submit("/en" + path, "/en/forum/moderate/t/" + id, Map.of("change", "pin"));
        moderator.client().submit("/en" + path, "/en/forum/moderate/t/" + id, Map.of("change", "lock"));
        moderator
                .client()
                .submit(
                        "/en" + path,
                        "/en/forum/moderate/t/" + id,
                        Map.of("change", "move", "category", "introductions"));
        String page = forum.visitor().get("/en" + path).body();
        assertThat(page).contains("This topic is closed to new replies.").doesNotContain("name=\"guestName\"");
        assertThat(forum.visitor().get("/en/forum/c/introductions").body())
                .contains(title)
                .contains("Pinned");
        assertThat(ForumFixture.reply(author.client(), path, "Can I still reply?")
                        .statusCode())
                .isEqualTo(403);
        assertThat(forum.member()
                        .client()
                        .submit("/en" + path, "/en/forum/moderate/t/" + id, Map.of("change", "unlock"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anotherMembersWaitingPostIsNotFound() {
        ForumFixture.Member newcomer = forum.newMember();
        String path = startTopic(forum.member().client(), unique("Waiting "), "Question.");
        reply(newcomer.client(), path, unique("Waiting words "));
        long waiting = ForumFixture.postId(jdbc, path, 2);
        ForumFixture.Member other = forum.member();
        assertThat(other.client().get("/en/forum/p/" + waiting).statusCode()).isEqualTo(404);
        assertThat(other.client().get("/en/forum/p/" + waiting + "/history").statusCode())
                .isEqualTo(404);
        assertThat(other.client().get("/en/forum/p/" + waiting + "/edit").statusCode())
                .isEqualTo(404);
        assertThat(newcomer.client().get("/en/forum/p/" + waiting).statusCode()).isEqualTo(302);
        assertThat(newcomer.client().get("/en/forum/p/" + waiting + "/edit").statusCode())
                .isEqualTo(200);
    }
}
