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
        assertThat(AccountsFixture.location(unsaved)).isEqualTo("/en/doctor-kit/letter");
        assertThat(member.get("/en/doctor-kit/letter").statusCode()).isEqualTo(200);
        assertThat(saved(memberId)).isZero();

        HttpResponse<String> kept = member.submit("/en/doctor-kit", "/en/doctor-kit/letter", answers(true));
        assertThat(member.get(AccountsFixture.location(kept)).body()).contains("Your letter to your doctor");
        // Asked once, kept once: the letter's page again keeps nothing more.
        member.get("/en/doctor-kit/letter");
        assertThat(saved(memberId)).isEqualTo(1);

        String list = member.get("/en/doctor-kit/saved").body();
        assertThat(list)
                .contains("Low back (lumbar, left)")
                .contains("Sciatica")
                .contains("Japanese");
        long id = jdbc.sql("SELECT id FROM doctor_kit_letter WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
        HttpResponse<String> opened = member.get("/en/doctor-kit/saved/" + id);
        // Opened again, the answers come back into the kit, at the warning signs that apply to them.
        assertThat(AccountsFixture.location(opened)).isEqualTo("/en/doctor-kit/step/signs");
        assertThat(member.get("/en/doctor-kit/step/signs").body()).contains("Step 3 of 5");
        assertThat(member.get("/en/doctor-kit").body()).contains("value=\"low_back-left\" checked");

        var export =
                member.submit("/en/account/export", "/en/account/export", Map.of("password", AccountsFixture.PASSWORD));
        JsonNode letters = JsonMapper.builder()
                .build()
                .readTree(export.body())
                .get("doctorKitLetters")
                .get("savedLetters");
        assertThat(letters.get(0).get("note").asString()).isEqualTo("Mornings are worst.");
        assertThat(letters.get(0).get("regions").get(0).asString()).isEqualTo("low_back-left");

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

    /** V41: answers saved before places had a side keep what the figure showed then, both sides of a paired region. */
    @Test
    void answersSavedBeforeSidesGetBothSidesOfAPairedRegion() throws Exception {
        int inserted = jdbc.sql("""
                        INSERT INTO doctor_kit_letter (member_id, regions, since, diagnoses, treatments,
                            letter_language, note, created_at)
                        VALUES (-20, 'temple,sternum,low_back', '', '', '', 'ja', '', CURRENT_TIMESTAMP)
                        """).update();
        String migration = new String(
                getClass()
                        .getResourceAsStream("/db/migration/V41__body_places_with_sides.sql")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String line : migration.lines().filter(l -> l.startsWith("UPDATE")).toList()) {
            jdbc.sql(line.substring(0, line.length() - 1) + " AND member_id = -20")
                    .update();
        }
        String regions = jdbc.sql("SELECT regions FROM doctor_kit_letter WHERE member_id = -20")
                .query(String.class)
                .single();
        assertThat(regions).isEqualTo("temple-right,temple-left,sternum,low_back-right,low_back-left");
        assertThat(inserted).isEqualTo(1);
        jdbc.sql("DELETE FROM doctor_kit_letter WHERE member_id = -20").update();
    }

    private long saved(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM doctor_kit_letter WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
    }

    private Map<String, String> answers(boolean save) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("regions", "low_back-left");
        answers.put("since", "1y");
        answers.put("diagnoses", "sciatica");
        answers.put("treatments", "painkillers:better");
        answers.put("letterLanguage", "ja");
        answers.put("note", "Mornings are worst.");
        answers.put(
                "signsShown",
                new KitAnswers(
                                java.util.List.of("low_back-left"),
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
