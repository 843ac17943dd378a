package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.register;
import static org.mpscommons.accounts.AccountsFixture.unique;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Members stored before display names had skeletons get theirs at start-up. Two old names that already look alike
 * both stay, the site starts all the same, and a new look-alike of either is refused.
 */
@SiteTest
@Tag("db")
class DisplayNameSkeletonsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DisplayNameSkeletons skeletons;

    @Test
    void oldNamesGetTheirSkeletonAndTwoThatLookAlikeDoNotStopTheStart() {
        TestMailServer.shared();
        String name = "zed" + unique("").replaceAll("[0-9]", "x");
        long plain = oldMember(name);
        long cyrillic = oldMember("z\u0435d" + name.substring(3));
        long cyrillicToo = oldMember("z\u0435\u0501" + name.substring(3));
        long other = oldMember("山田 " + name);

        skeletons.afterSingletonsInstantiated();

        assertThat(skeleton(plain)).isEqualTo(DisplayNames.skeleton(name));
        assertThat(skeleton(cyrillic)).isNull();
        assertThat(skeleton(cyrillicToo)).isNull();
        assertThat(skeleton(other)).isEqualTo(DisplayNames.skeleton("山田 " + name));
        // Nothing left to do at the next start but the one that clashes.
        assertThat(skeletons.backfill()).isZero();
        assertThat(skeleton(cyrillic)).isNull();

        HttpResponse<String> third = register(
                new SiteClient(port),
                "en",
                "ze\u0501" + name.substring(3),
                unique("third") + "@example.org",
                "quiet river morning tea");
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(third.body()).contains("This name looks too much like another member");
    }

    /** A member as the site stored them before V31: no skeleton. */
    private long oldMember(String name) {
        jdbc.sql("""
                INSERT INTO member (display_name, display_key, email, password_hash, language, created_at)
                VALUES (:name, :key, :email, 'x', 'en', :now)
                """)
                .param("name", name)
                .param("key", name.toLowerCase(java.util.Locale.ROOT))
                .param("email", unique("old") + "@example.org")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM member WHERE display_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private String skeleton(long id) {
        return jdbc.sql("SELECT display_skeleton FROM member WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }
}
