package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountDeleted;
import org.mpscommons.accounts.AccountsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member keeps their answers only by ticking "save to my account": then they can open them again, find them in
 * "download my data", delete them, and nobody else can reach them.
 */
@SiteTest
@Tag("db")
class SavedLettersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.mpscommons.redflags.WarningSigns warningSigns;

    @Test
    void answersAreKeptOnlyWhenTheMemberAsksAndOnlyForThem() {
        String email = AccountsFixture.confirmedMember(port, "en");
        long memberId = AccountsFixture.memberId(context, email);
        SiteClient member = AccountsFixture.signedIn(port, email);

        // Without the box ticked, a member's letter leaves nothing behind either.
        HttpResponse<String> unsaved = member.submit("/en/doctor-kit", "/en/doctor-kit/letter", answers(false));
        assertThat(unsaved.statusCode()).isEqualTo(200);
        assertThat(saved(memberId)).isZero();

        HttpResponse<String> kept = member.submit("/en/doctor-kit", "/en/doctor-kit/letter", answers(true));
        assertThat(kept.body()).contains("Your letter to your doctor");
        assertThat(saved(memberId)).isEqualTo(1);

        String list = member.get("/en/doctor-kit/saved").body();
        assertThat(list).contains("Low back (lumbar)").contains("Sciatica").contains("Japanese");
        long id = jdbc.sql("SELECT id FROM doctor_kit_letter WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
        String opened = member.get("/en/doctor-kit/saved/" + id).body();
        // Opened again, the answers come back at the warning signs that apply to them, then go on to the letter.
        assertThat(opened)
                .contains("Step 3 of 5")
                .contains("name=\"note\"")
                .contains("Mornings are worst")
                .contains("<input type=\"hidden\" name=\"treatments\" value=\"painkillers:better\">");

        var export =
                member.submit("/en/account/export", "/en/account/export", Map.of("password", AccountsFixture.PASSWORD));
        JsonNode letters = JsonMapper.builder()
                .build()
                .readTree(export.body())
                .get("doctorKitLetters")
                .get("savedLetters");
        assertThat(letters.get(0).get("note").asString()).isEqualTo("Mornings are worst.");
        assertThat(letters.get(0).get("regions").get(0).asString()).isEqualTo("low_back");

        // Someone else, even signed in, finds nothing there; a visitor is sent to sign in.
        SiteClient other = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        assertThat(other.get("/en/doctor-kit/saved/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/en/doctor-kit/saved").body()).doesNotContain("Mornings are worst");
        assertThat(new SiteClient(port).get("/en/doctor-kit/saved").statusCode())
                .isEqualTo(302);

        HttpResponse<String> deleted =
                member.submit("/en/doctor-kit/saved", "/en/doctor-kit/saved/" + id + "/delete", Map.of());
        assertThat(AccountsFixture.location(deleted)).isEqualTo("/en/doctor-kit/saved?deleted");
        assertThat(saved(memberId)).isZero();
    }

    @Test
    void savedAnswersGoWithTheAccountEvenWhenItsPostsStay() {
        String email = AccountsFixture.confirmedMember(port, "en");
        long memberId = AccountsFixture.memberId(context, email);
        AccountsFixture.signedIn(port, email).submit("/en/doctor-kit", "/en/doctor-kit/letter", answers(true));
        assertThat(saved(memberId)).isEqualTo(1);

        context.publishEvent(new AccountDeleted(memberId, false));
        assertThat(saved(memberId)).isZero();
    }

    private long saved(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM doctor_kit_letter WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
    }

    private Map<String, String> answers(boolean save) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("regions", "low_back");
        answers.put("since", "1y");
        answers.put("diagnoses", "sciatica");
        answers.put("treatments", "painkillers:better");
        answers.put("letterLanguage", "ja");
        answers.put("note", "Mornings are worst.");
        answers.put(
                "signsShown",
                new KitAnswers(
                                java.util.List.of("low_back"),
                                "1y",
                                java.util.List.of(),
                                java.util.List.of(),
                                "",
                                "",
                                "",
                                "",
                                false)
                        .signIds(warningSigns));
        if (save) {
            answers.put("save", "true");
        }
        return answers;
    }
}
