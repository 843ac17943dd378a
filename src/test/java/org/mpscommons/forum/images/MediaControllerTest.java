package org.mpscommons.forum.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.content.images.TestImages;
import org.mpscommons.forum.ForumFixture;
import org.mpscommons.forum.PostStatus;
import org.mpscommons.forum.PostingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serving images over real HTTP: who sees an image follows who may read its post's text, and the headers say how
 * long and where it may be kept.
 */
@SiteTest
@Tag("db")
class MediaControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ImageStore store;

    @Autowired
    JdbcClient jdbc;

    ForumFixture forum;

    @BeforeEach
    void setUp() {
        forum = new ForumFixture(context, port);
    }

    @Test
    void anImageInAPublicPostIsServedToEveryoneAndRevalidatedAfterFiveMinutes() throws Exception {
        ForumFixture.Member owner = forum.member();
        ImageUpload.Stored image = upload(owner.id());
        post(owner.id(), image, "public");

        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + image.markdownPath()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo(jdbc.sql("SELECT bytes FROM forum_image WHERE name = :name")
                        .param("name", image.name())
                        .query(byte[].class)
                        .single());
        assertThat(header(response, "Content-Type")).isEqualTo("image/jpeg");
        assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=300, must-revalidate");
        assertThat(header(response, "Content-Disposition")).isEqualTo("inline; filename=\"image.jpg\"");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        // The image's own policy replaces the pages' one (it is sent once, not both).
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        String etag = header(response, "ETag");
        HttpResponse<String> revalidated = forum.visitor().get(image.markdownPath(), "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(header(revalidated, "Cache-Control")).isEqualTo("public, max-age=300, must-revalidate");
    }

    @Test
    void aCopyOfAPublicImageIsNotConfirmedOnceItsPostIsHiddenOrDeleted() {
        ForumFixture.Member owner = forum.member();
        ImageUpload.Stored hidden = upload(owner.id());
        PostingFixture.Opening hiddenPost = post(owner.id(), hidden, "public");
        ImageUpload.Stored deleted = upload(owner.id());
        PostingFixture.Opening deletedPost = post(owner.id(), deleted, "public");
        SiteClient visitor = forum.visitor();
        HttpResponse<String> first = visitor.get(hidden.markdownPath());
        // A browser or a proxy may show its copy without asking for at most this long, then must ask again.
        String cacheControl = header(first, "Cache-Control");
        assertThat(cacheControl).startsWith("public").doesNotContain("immutable");
        assertThat(Long.parseLong(cacheControl.replaceFirst(".*max-age=(\\d+).*", "$1")))
                .isLessThanOrEqualTo(3600);
        String hiddenTag = header(first, "ETag");
        String deletedTag = header(visitor.get(deleted.markdownPath()), "ETag");
        assertThat(visitor.get(hidden.markdownPath(), "If-None-Match", hiddenTag)
                        .statusCode())
                .isEqualTo(304);

        HttpResponse<String> hide = forum.moderator()
                .client()
                .submit(
                        "/en/forum/new",
                        "/en/forum/moderate/" + hiddenPost.postId() + "/hide",
                        Map.of("reason", "Shows a face"));
        assertThat(hide.statusCode()).isEqualTo(302);
        HttpResponse<String> delete =
                owner.client().submit("/en/forum/new", "/en/forum/p/" + deletedPost.postId() + "/delete", Map.of());
        assertThat(delete.statusCode()).isEqualTo(302);

        assertThat(visitor.get(hidden.markdownPath(), "If-None-Match", hiddenTag)
                        .statusCode())
                .isEqualTo(404);
        assertThat(visitor.get(deleted.markdownPath(), "If-None-Match", deletedTag)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void wrongNamesAndExtensionsAreNotFound() {
        ForumFixture.Member owner = forum.member();
        ImageUpload.Stored image = upload(owner.id());
        post(owner.id(), image, "public");
        SiteClient visitor = forum.visitor();
        assertThat(visitor.get(image.markdownPath()).statusCode()).isEqualTo(200);
        assertThat(visitor.get("/media/" + image.name() + ".png").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/media/" + image.name() + ".jpeg").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/media/" + image.name()).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/media/AAAAAAAAAAAAAAAAAAAAAA.jpg").statusCode())
                .isEqualTo(404);
        assertThat(visitor.get("/media/short.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void anImageInAMembersOnlyTopicIsForSignedInMembers() {
        ForumFixture.Member owner = forum.member();
        ImageUpload.Stored image = upload(owner.id());
        post(owner.id(), image, "members");

        assertThat(forum.visitor().get(image.markdownPath()).statusCode()).isEqualTo(404);
        HttpResponse<String> member = forum.member().client().get(image.markdownPath());
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(header(member, "Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void anImageInNoPostYetIsForItsOwnerOnly() {
        ForumFixture.Member owner = forum.member();
        ImageUpload.Stored image = upload(owner.id());

        HttpResponse<String> preview = owner.client().get(image.markdownPath());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(header(preview, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(preview.headers().firstValue("ETag")).isEmpty();
        assertThat(forum.member().client().get(image.markdownPath()).statusCode())
                .isEqualTo(404);
        assertThat(forum.visitor().get(image.markdownPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void anImageInAPostWaitingForReviewIsForItsOwnerAndModerators() {
        ForumFixture.Member newcomer = forum.newMember();
        ImageUpload.Stored image = upload(newcomer.id());
        PostingFixture.Opening saved = post(newcomer.id(), image, "public");
        assertThat(saved.status()).isEqualTo(PostStatus.PENDING);

        HttpResponse<String> own = newcomer.client().get(image.markdownPath());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(header(own, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(forum.member().client().get(image.markdownPath()).statusCode())
                .isEqualTo(404);
        assertThat(forum.visitor().get(image.markdownPath()).statusCode()).isEqualTo(404);
        assertThat(forum.moderator().client().get(image.markdownPath()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anImageInAHiddenPostIsForModeratorsOnlyLikeItsText() {
        ForumFixture.Member owner = forum.member();
        ImageUpload.Stored image = upload(owner.id());
        PostingFixture.Opening saved = post(owner.id(), image, "public");
        jdbc.sql("UPDATE forum_post SET status = 'HIDDEN' WHERE id = :id")
                .param("id", saved.postId())
                .update();

        assertThat(forum.visitor().get(image.markdownPath()).statusCode()).isEqualTo(404);
        assertThat(owner.client().get(image.markdownPath()).statusCode()).isEqualTo(404);
        HttpResponse<String> moderator = forum.moderator().client().get(image.markdownPath());
        assertThat(moderator.statusCode()).isEqualTo(200);
        assertThat(header(moderator, "Cache-Control")).isEqualTo("private, no-store");
    }

    private ImageUpload.Stored upload(long owner) {
        byte[] jpeg = TestImages.jpeg(40, 30);
        return (ImageUpload.Stored) store.store(owner, new ByteArrayInputStream(jpeg), jpeg.length);
    }

    /** A topic by the member whose opening post shows the image, with the image attached as the editor will do. */
    private PostingFixture.Opening post(long author, ImageUpload.Stored image, String visibility) {
        String body = "My back:\n\n![back](" + image.markdownPath() + ")";
        PostingFixture.Opening saved =
                new PostingFixture(context).startTopic(author, false, ForumFixture.unique("Photo "), body, visibility);
        store.attach(author, saved.postId(), ImageStore.namesIn(body));
        assertThat(jdbc.sql("SELECT post_id FROM forum_image WHERE name = :name")
                        .param("name", image.name())
                        .query(Long.class)
                        .single())
                .isEqualTo(saved.postId());
        return saved;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
