package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.CookieCsrf;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.content.images.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profile pictures: re-encoded like photos in posts (no EXIF, no GPS position), square, served for long under an
 * address that changes with the picture, in the data export, gone with the account; and the drawn initials of members
 * without one.
 */
@SiteTest
@Tag("db")
class AvatarTest {

    private static final Pattern PICTURE = Pattern.compile("src=\"(/avatars/([A-Za-z0-9_-]+)-(96|192)\\.jpg)\"");
    private static final Pattern INITIALS = Pattern.compile("src=\"(/avatars/initials/(\\d)/([^\"]+)\\.svg)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPictureIsStoredSquareWithoutItsCameraDataAndGoesWithTheAccount() throws Exception {
        String email = confirmedMember(port, "en");
        long id = AccountsFixture.memberId(context, email);
        byte[] upload = TestImages.withExif(TestImages.jpeg(300, 200), 1);
        assertThat(TestImages.contains(upload, TestImages.GPS_LATITUDE)).isTrue();

        MvcResult saved = upload(email, upload);
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/en/account/profile?picture=saved#picture-heading");

        SiteClient visitor = new SiteClient(port);
        Matcher shown = PICTURE.matcher(visitor.get("/en/members/" + id).body());
        assertThat(shown.find()).as("the profile shows the picture").isTrue();
        assertThat(shown.group(3)).isEqualTo("192");
        String name = shown.group(2);
        for (int side : new int[] {96, 192}) {
            HttpResponse<byte[]> served = fetch("/avatars/" + name + "-" + side + ".jpg");
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(served.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("max-age=31536000")
                    .contains("immutable")
                    .contains("public");
            byte[] bytes = served.body();
            assertThat(TestImages.contains(bytes, "Exif".getBytes(StandardCharsets.US_ASCII)))
                    .isFalse();
            assertThat(TestImages.contains(bytes, TestImages.GPS_LATITUDE)).isFalse();
            BufferedImage image = TestImages.decode(bytes);
            assertThat(image.getWidth()).isEqualTo(side);
            assertThat(image.getHeight()).isEqualTo(side);
        }

        SiteClient member = AccountsFixture.signedIn(port, email);
        HttpResponse<String> export =
                member.submit("/en/account/export", "/en/account/export", Map.of("password", PASSWORD));
        JsonNode picture = JsonMapper.builder().build().readTree(export.body()).path("profilePicture");
        assertThat(picture.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(TestImages.decode(Base64.getDecoder()
                                .decode(picture.path("base64").asString()))
                        .getWidth())
                .isEqualTo(192);

        HttpResponse<String> deleted = member.submit(
                "/en/account/delete", "/en/account/delete", Map.of("password", PASSWORD, "posts", "keep"));
        assertThat(location(deleted)).isEqualTo("/en/account-deleted");
        assertThat(fetch("/avatars/" + name + "-96.jpg").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_avatar WHERE member_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNewPictureGetsANewAddressAndRemovingItBringsBackTheInitials() throws Exception {
        String email = confirmedMember(port, "ja");
        long id = AccountsFixture.memberId(context, email);
        upload(email, TestImages.jpeg(120, 160));
        String first = pictureName(id);
        upload(email, TestImages.png(TestImages.halves(64, 64, BufferedImage.TYPE_INT_RGB)));
        String second = pictureName(id);
        assertThat(second).isNotEqualTo(first);
        assertThat(fetch("/avatars/" + first + "-96.jpg").statusCode()).isEqualTo(404);
        assertThat(fetch("/avatars/" + second + "-96.jpg").statusCode()).isEqualTo(200);

        SiteClient member = AccountsFixture.signedIn(port, email);
        HttpResponse<String> removed =
                member.submit("/ja/account/profile", "/ja/account/profile/picture/remove", Map.of());
        assertThat(location(removed)).isEqualTo("/ja/account/profile?picture=removed#picture-heading");
        assertThat(member.get("/ja/account/profile?picture=removed").body())
                .contains("写真を削除しました")
                .doesNotContain("/avatars/" + second);
        assertThat(INITIALS.matcher(
                                new SiteClient(port).get("/ja/members/" + id).body())
                        .find())
                .isTrue();
    }

    @Test
    void aFileThatIsNoImageIsRefusedInTheMembersLanguage() throws Exception {
        String email = confirmedMember(port, "ja");
        MvcResult refused = mvc.perform(multipart("/ja/account/profile/picture")
                        .file(new MockMultipartFile("picture", "notes.txt", "image/jpeg", "not a picture".getBytes()))
                        .with(CookieCsrf.valid())
                        .with(authentication(member(email))))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("error-summary")
                .contains("href=\"#picture\"")
                .contains("この形式の画像は使えません");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_avatar WHERE member_id = :id")
                        .param("id", AccountsFixture.memberId(context, email))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void withoutAPictureAJapaneseNameShowsItsFirstCharacterAndAnEnglishNameItsInitials() throws Exception {
        long japanese = named(confirmedMember(port, "ja"), "山田" + AccountsFixture.unique(""));
        long english = named(confirmedMember(port, "en"), "Hanako " + AccountsFixture.unique("Y"));
        SiteClient visitor = new SiteClient(port);

        Matcher ja = INITIALS.matcher(visitor.get("/ja/members/" + japanese).body());
        assertThat(ja.find()).isTrue();
        assertThat(ja.group(3)).isEqualTo("%E5%B1%B1");
        assertThat(Integer.parseInt(ja.group(2))).isEqualTo(InitialsAvatar.colour(japanese));
        HttpResponse<byte[]> svg = fetch(ja.group(1));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        String drawn = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(drawn)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains(">山</text>")
                .contains("fill=\"" + InitialsAvatar.PALETTE.get(InitialsAvatar.colour(japanese)) + "\"")
                .contains("fill=\"#ffffff\"");

        Matcher en = INITIALS.matcher(visitor.get("/en/members/" + english).body());
        assertThat(en.find()).isTrue();
        assertThat(en.group(3)).isEqualTo("HY");
        assertThat(new String(fetch(en.group(1)).body(), StandardCharsets.UTF_8))
                .contains(">HY</text>");

        assertThat(fetch("/avatars/initials/99/HY.svg").statusCode()).isEqualTo(404);
        assertThat(fetch("/avatars/initials/1/ABCD.svg").statusCode()).isEqualTo(404);
        assertThat(fetch("/avatars/nobody.svg").statusCode()).isEqualTo(200);
    }

    private MvcResult upload(String email, byte[] picture) throws Exception {
        return mvc.perform(multipart("/en/account/profile/picture")
                        .file(new MockMultipartFile("picture", "me.jpg", "image/jpeg", picture))
                        .with(CookieCsrf.valid())
                        .with(authentication(member(email))))
                .andReturn();
    }

    private Authentication member(String email) {
        MemberPrincipal principal =
                (MemberPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private String pictureName(long memberId) {
        return jdbc.sql("SELECT name FROM member_avatar WHERE member_id = :id")
                .param("id", memberId)
                .query(String.class)
                .single();
    }

    /** Gives the member another display name, as if they had registered with it. */
    private long named(String email, String name) {
        long id = AccountsFixture.memberId(context, email);
        jdbc.sql("UPDATE member SET display_name = :name, display_key = :key WHERE id = :id")
                .param("id", id)
                .param("name", name)
                .param("key", MemberRepository.displayKey(name))
                .update();
        return id;
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Forwarded-For", SiteClient.nextAddress())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
