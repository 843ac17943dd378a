package org.mpscommons.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.location;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Admins edit the categories in both languages; nobody else can. */
@SiteTest
@Tag("db")
class ForumAdminTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Categories categories;

    @Test
    void anAdminRenamesACategoryInBothLanguages() {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient admin = AccountsFixture.signedInStaff(context, port, email, Role.ADMIN);
        Category feedback = categories.bySlug("site-feedback").orElseThrow();
        String id = String.valueOf(feedback.id());

        var empty = admin.submit(
                "/admin/forum/categories",
                "/admin/forum/categories/" + id,
                Map.of(
                        "nameEn-" + id,
                        " ",
                        "nameJa-" + id,
                        "サイトへの意見",
                        "descriptionEn-" + id,
                        "x",
                        "descriptionJa-" + id,
                        "x",
                        "position-" + id,
                        "8"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("A name must be 1 to 80 characters long.");

        var saved = admin.submit(
                "/admin/forum/categories",
                "/admin/forum/categories/" + id,
                Map.of(
                        "nameEn-" + id,
                        "About this site",
                        "nameJa-" + id,
                        "このサイトについての意見",
                        "descriptionEn-" + id,
                        "Tell us what to improve.",
                        "descriptionJa-" + id,
                        "改善してほしい点を教えてください。",
                        "position-" + id,
                        "9"));
        assertThat(location(saved)).isEqualTo("/admin/forum/categories?saved");
        SiteClient visitor = new SiteClient(port);
        assertThat(visitor.get("/en/forum/").body()).contains("About this site").contains("Tell us what to improve.");
        assertThat(visitor.get("/ja/forum/c/site-feedback").body()).contains("このサイトについての意見");

        ForumFixture.Member moderator = new ForumFixture(context, port).moderator();
        assertThat(moderator.client().get("/admin/forum/categories").statusCode())
                .isEqualTo(403);
    }
}
