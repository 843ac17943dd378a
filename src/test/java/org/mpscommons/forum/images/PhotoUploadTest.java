package org.mpscommons.forum.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.CookieCsrf;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.content.images.DecodingSlots;
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

/**
 * A photo sent with the new-topic form and previewed, the way the attack sent it: what one upload may cost the
 * server in memory, however the file declares its pixels.
 */
@SiteTest
@Tag("db")
class PhotoUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecodingSlots slots;

    @Test
    void aSmallPngOfFortyMegapixelsAtSixteenBitsIsPreviewedWithinOneUploadsMemory() throws Exception {
        // 6300 x 6300 x 8 bytes: 318 MB decoded, from a file of about 300 KB (a 500 and an OutOfMemoryError in
        // Pixels.draw with the recommended 320 MB heap). MockMvc handles the request on this thread, so what this
        // thread allocates meanwhile is what the request cost.
        byte[] png = TestImages.blankPng(6300, 6300, 16, TestImages.RGBA);
        Authentication writer = member();
        long before = TestImages.allocatedByThisThread();

        MvcResult result = preview(writer, "en", png);

        long allocated = TestImages.allocatedByThisThread() - before;
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("<img src=\"/media/").doesNotContain("error-summary");
        assertThat(imagesOf(writer)).containsExactly("2000x2000");
        assertThat(allocated).as("bytes allocated to answer the preview").isLessThan(100L << 20);
    }

    @Test
    void whileOtherPhotosTakeEveryDecodingSlotAnUploadIsAskedToTryAgainAndNothingIsKept() throws Exception {
        Authentication writer = member();
        byte[] jpeg = TestImages.jpeg(40, 30);
        MvcResult busy;
        // Held here as two large uploads being decoded would hold them.
        for (int i = 0; i < DecodingSlots.AT_ONCE; i++) {
            assertThat(slots.take()).isTrue();
        }
        try {
            busy = preview(writer, "ja", jpeg);
        } finally {
            for (int i = 0; i < DecodingSlots.AT_ONCE; i++) {
                slots.release();
            }
        }

        assertThat(busy.getResponse().getStatus()).isEqualTo(200);
        String page = busy.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("ただいま他の写真の処理で混み合っています")
                .contains("Here it is.")
                .doesNotContain("/media/");
        assertThat(imagesOf(writer)).isEmpty();

        MvcResult later = preview(writer, "en", jpeg);
        assertThat(later.getResponse().getContentAsString())
                .contains("<img src=\"/media/")
                .doesNotContain("busy with other photos");
        assertThat(imagesOf(writer)).containsExactly("40x30");
    }

    private MvcResult preview(Authentication writer, String lang, byte[] image) throws Exception {
        return mvc.perform(multipart("/" + lang + "/forum/new")
                        .file(new MockMultipartFile("image", "photo", "application/octet-stream", image))
                        .param("category", "treatments")
                        .param("title", "My shoulder")
                        .param("body", "Here it is.")
                        .param("language", "en")
                        .param("visibility", "public")
                        .param("imageAlt", "")
                        .param("preview", "1")
                        .with(CookieCsrf.valid())
                        .with(authentication(writer)))
                .andReturn();
    }

    private List<String> imagesOf(Authentication writer) {
        return jdbc.sql("SELECT width || 'x' || height FROM forum_image WHERE owner_id = :owner")
                .param("owner", ((MemberPrincipal) writer.getPrincipal()).id())
                .query(String.class)
                .list();
    }

    /** A confirmed member, signed in with their password (the session MockMvc's request carries). */
    private Authentication member() {
        String email = AccountsFixture.confirmedMember(port, "en");
        MemberPrincipal principal =
                (MemberPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
