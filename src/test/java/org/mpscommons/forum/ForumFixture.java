package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.mpscommons.SiteClient;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forum steps many tests take, over real HTTP: members, moderators, topics and replies. */
public final class ForumFixture {

    private final ApplicationContext context;
    private final int port;

    public ForumFixture(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /** A signed-in member in their own browser. */
    public record Member(String email, long id, SiteClient client) {}

    /** A new member, whose first post will wait for review. */
    public Member newMember() {
        String email = AccountsFixture.confirmedMember(port, "en");
        return new Member(email, AccountsFixture.memberId(context, email), AccountsFixture.signedIn(port, email));
    }

    /** A member whose posts appear at once: a moderator approved one of theirs before. */
    public Member member() {
        Member member = newMember();
        context.getBean(JdbcClient.class)
                .sql("INSERT INTO forum_member (member_id, approved_posts) VALUES (:id, 1)")
                .param("id", member.id())
                .update();
        return member;
    }

    /** A moderator, signed in with two factors. */
    public Member moderator() {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient client = AccountsFixture.signedInStaff(context, port, email, Role.MODERATOR);
        return new Member(email, AccountsFixture.memberId(context, email), client);
    }

    public SiteClient visitor() {
        return new SiteClient(port);
    }

    /** Starts a topic through the form; returns the topic's path (without the language), e.g. /forum/t/7/my-title. */
    public static String startTopic(SiteClient client, String category, String title, String body, String visibility) {
        HttpResponse<String> response = client.submit(
                "/en/forum/new?category=" + category,
                "/en/forum/new",
                Map.of("category", category, "title", title, "body", body, "language", "", "visibility", visibility));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = AccountsFixture.location(response);
        return location.replaceFirst("^/en", "").replaceFirst("\\?.*$", "");
    }

    public static String startTopic(SiteClient client, String title, String body) {
        return startTopic(client, "pain-and-diagnosis", title, body, "public");
    }

    /** Replies through the form on the topic page; returns the response (a redirect when it was saved). */
    public static HttpResponse<String> reply(SiteClient client, String topicPath, String body) {
        return client.submit("/en" + topicPath, "/en" + replyAction(topicPath), Map.of("body", body));
    }

    public static HttpResponse<String> guestReply(SiteClient client, String topicPath, String name, String body) {
        return client.submit(
                "/en" + topicPath,
                "/en" + replyAction(topicPath),
                Map.of("body", body, "guestName", name, "website", ""));
    }

    static String replyAction(String topicPath) {
        String id = topicPath.replaceFirst("^/forum/t/(\\d+)/.*$", "$1");
        return "/forum/t/" + id + "/reply";
    }

    /** The id of the post with this number in the topic at this path. */
    public static long postId(JdbcClient jdbc, String topicPath, int number) {
        return jdbc.sql("SELECT id FROM forum_post WHERE topic_id = :topic AND number = :number")
                .param("topic", topicId(topicPath))
                .param("number", number)
                .query(Long.class)
                .single();
    }

    public static long topicId(String topicPath) {
        return Long.parseLong(topicPath.replaceFirst("^/forum/t/(\\d+)/.*$", "$1"));
    }

    public static String unique(String prefix) {
        return AccountsFixture.unique(prefix);
    }
}
