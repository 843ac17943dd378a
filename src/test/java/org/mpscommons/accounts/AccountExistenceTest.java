package org.mpscommons.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.confirmedMember;
import static org.mpscommons.accounts.AccountsFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.CookieCsrf;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.SqlStatements;
import org.mpscommons.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forms that take any address (asking for a reset link, registering) must not tell by their work whether it has
 * an account: the request does the same database work either way, and the mail is written off the request.
 * (Counting statements, not milliseconds: the same statements take the same time, give or take noise.)
 */
@SiteTest
@Tag("db")
class AccountExistenceTest {

    private static final Pattern STARTED = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void askingForAResetLinkDoesTheSameWorkForAKnownAndAnUnknownAddress() throws Exception {
        String known = confirmedMember(port, "en");
        String unknown = unique("nobody") + "@example.org";
        askForReset(unique("warm-up") + "@example.org");

        int forKnown = SqlStatements.count(() -> askForReset(known));
        int forUnknown = SqlStatements.count(() -> askForReset(unknown));

        assertThat(forKnown)
                .as("statements on the request for a member's address")
                .isEqualTo(forUnknown);
        assertThat(TestMailServer.awaitMail(known, "[MPS Commons] Reset your password"))
                .isNotNull();
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
    }

    @Test
    void registeringDoesTheSameWorkForAKnownAndANewAddress() throws Exception {
        String known = confirmedMember(port, "en");
        String fresh = unique("fresh") + "@example.org";
        register(unique("warm-up") + "@example.org");

        int forKnown = SqlStatements.count(() -> register(known));
        int forNew = SqlStatements.count(() -> register(fresh));

        assertThat(forKnown)
                .as("statements on the request for a member's address")
                .isEqualTo(forNew);
        assertThat(TestMailServer.awaitMail(known, "[MPS Commons] Your account"))
                .isNotNull();
        assertThat(TestMailServer.awaitMail(fresh, "Confirm your email address"))
                .isNotNull();
    }

    private Object askForReset(String email) throws Exception {
        String address = SiteClient.nextAddress();
        return mvc.perform(post("/en/password-reset")
                        .param("email", email)
                        .with(CookieCsrf.valid())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(redirectedUrl("/en/password-reset/sent"));
    }

    private Object register(String email) throws Exception {
        String address = SiteClient.nextAddress();
        String page = mvc.perform(get("/en/register")).andReturn().getResponse().getContentAsString();
        Matcher started = STARTED.matcher(page);
        assertThat(started.find()).isTrue();
        return mvc.perform(post("/en/register")
                        .with(CookieCsrf.valid())
                        .param("displayName", unique("Name"))
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("website", "")
                        .param("started", started.group(1).replace("&amp;", "&"))
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(redirectedUrl("/en/register/check-email"));
    }
}
