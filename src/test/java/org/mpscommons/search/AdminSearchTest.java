package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** An admin rebuilds the search index from the admin area; it reports its progress and search keeps working. */
@SiteTest
class AdminSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Search search;

    @Test
    void anAdminRebuildsTheIndexWhileSearchGoesOn() throws InterruptedException {
        SiteClient admin =
                AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.ADMIN);
        assertThat(admin.get("/admin/search").body()).contains("Search index").contains("Documents");
        var started = admin.submit("/admin/search", "/admin/search/rebuild", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String page = admin.get("/admin/search").body();
        while (!page.contains("finished") && System.nanoTime() < end) {
            assertThat(search.search(new Search.Request("sciatica", "article", "en", 1, "en"))
                            .empty())
                    .isFalse();
            Thread.sleep(100);
            page = admin.get("/admin/search").body();
        }
        assertThat(page).contains("articles and topics, finished");

        SiteClient member = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        assertThat(member.get("/admin/search").statusCode()).isIn(403, 404);
    }
}
