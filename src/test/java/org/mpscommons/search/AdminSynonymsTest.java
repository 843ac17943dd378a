package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin teaches search a word: a term added to a group finds what the group's other terms find, at once; a list
 * with mistakes is refused line by line and nothing is saved; an earlier list comes back with one click.
 */
@SiteTest
class AdminSynonymsTest {

    private static final String PAGE = "/admin/search/synonyms";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Search search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminAddsATermThatSearchThenUnderstandsAndRestoresTheShippedList() {
        SiteClient admin =
                AccountsFixture.signedInStaff(context, port, AccountsFixture.confirmedMember(port, "en"), Role.ADMIN);
        try {
            String page = admin.get(PAGE + "?q=" + URLEncoder.encode("sciatica", StandardCharsets.UTF_8))
                    .body();
            assertThat(page).contains("In use: the list shipped with the site").contains("<li>坐骨神経痛</li>");
            // "Ischias", the older name, finds nothing yet: no article uses it.
            assertThat(articles("ischias")).isEmpty();

            String shipped = Synonyms.shippedText();
            String withIschias = shipped.replace("sciatica, sciatic pain,", "sciatica, sciatic pain, ischias,");
            assertThat(withIschias).isNotEqualTo(shipped);
            long listsBefore = lists();

            // A mistake: "ヘルニア" in a second group. Refused with the line named; nothing saved, nothing changed.
            var refused = admin.submit(
                    PAGE, PAGE, Map.of("synonymsText", withIschias + "\nヘルニア, hernia\n", "note", "Ischias"));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body())
                    .contains("The list was not saved")
                    .containsPattern("Line \\d+: “ヘルニア” is already in line \\d+")
                    .contains("ischias,");
            assertThat(lists()).isEqualTo(listsBefore);
            assertThat(articles("ischias")).isEmpty();

            var saved = admin.submit(PAGE, PAGE, Map.of("synonymsText", withIschias, "note", "Ischias, the old name"));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(articles("ischias")).contains("/en/articles/sciatica");
            assertThat(articles("ischias"))
                    .isEqualTo(
                            articles("sciatica").subList(0, articles("ischias").size()));
            assertThat(saved.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith(PAGE + "?saved"));
            page = admin.get(PAGE + "?saved").body();
            assertThat(page)
                    .contains("The list is saved and in use")
                    .contains("In use: saved list")
                    .contains("Ischias, the old name");
            assertThat(admin.get("/admin/audit").body()).contains("search.synonyms");

            var restored = admin.submit(PAGE, PAGE + "/0/restore", Map.of());
            assertThat(restored.statusCode()).isEqualTo(302);
            assertThat(articles("ischias")).isEmpty();
            assertThat(admin.get(PAGE).body()).contains("Restored the shipped list.");
        } finally {
            context.getBean(SynonymList.class).save(Synonyms.shippedText(), null, "test", "", 0L);
        }

        SiteClient member = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        assertThat(member.get(PAGE).statusCode()).isIn(403, 404);
    }

    private java.util.List<String> articles(String query) {
        return search.search(new Search.Request(query, "article", "en", 1, "en")).hits().stream()
                .map(Search.Hit::path)
                .toList();
    }

    private long lists() {
        return jdbc.sql("SELECT COUNT(*) FROM search_synonym_list")
                .query(Long.class)
                .single();
    }
}
