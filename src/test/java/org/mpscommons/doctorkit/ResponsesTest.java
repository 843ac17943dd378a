package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.accounts.AccountsFixture.PASSWORD;
import static org.mpscommons.accounts.AccountsFixture.location;
import static org.mpscommons.doctorkit.ResponsesFixture.answers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "How did your doctor respond?" over real HTTP: a visitor's answer, answers that are refused, bots, the rate limit,
 * and a member's linked answers through their list, their data export and the deletion of their account.
 */
@SiteTest
@Tag("db")
class ResponsesTest {

    private static final String FORM = "/doctor-kit/responses/new";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> send(SiteClient client, String lang, Map<String, String> fields) {
        return client.submit("/" + lang + FORM, "/" + lang + FORM, fields);
    }

    private List<Map<String, Object>> rowsOf(long memberId) {
        return jdbc.sql("SELECT diagnosis, response, country, prefecture, visit_month FROM doctor_response"
                        + " WHERE member_id = :member ORDER BY id")
                .param("member", memberId)
                .query()
                .listOfRows();
    }

    @Test
    void aVisitorAnswersWithoutAnAccountAndIsThanked() {
        SiteClient visitor = new SiteClient(port);
        HttpResponse<String> form = visitor.get("/ja" + FORM);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(form.body())
                .contains("医師はどのように応じましたか？")
                .contains("<optgroup label=\"関東地方\">")
                .contains("診断名はない・わからない")
                .doesNotContain("name=\"link\"")
                .contains("href=\"/ja/doctor-kit/responses\"");
        long before = ResponsesFixture.count(context);

        HttpResponse<String> sent =
                send(visitor, "ja", answers("disc_herniation", "did_not_know", "jp", "tokyo", 2024, 5));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(location(sent)).isEqualTo("/ja/doctor-kit/responses/thanks");
        assertThat(ResponsesFixture.count(context)).isEqualTo(before + 1);
        Map<String, Object> row = lowerCase(jdbc.sql("SELECT * FROM doctor_response ORDER BY id DESC")
                .query()
                .listOfRows()
                .getFirst());
        assertThat(row)
                .containsEntry("diagnosis", "disc_herniation")
                .containsEntry("response", "did_not_know")
                .containsEntry("country", "jp")
                .containsEntry("prefecture", "tokyo")
                .containsEntry("member_id", null);
        assertThat(row.get("visit_month").toString()).isEqualTo("2024-05-01");
        // Only what was asked, and the day: no address, no time of day.
        assertThat(row.keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "diagnosis",
                        "response",
                        "country",
                        "prefecture",
                        "visit_month",
                        "member_id",
                        "created_on");
        List<String> buckets = jdbc.sql("SELECT bucket FROM throttle_event WHERE bucket LIKE 'doctor-response:%'")
                .query(String.class)
                .list();
        assertThat(buckets).isNotEmpty().noneMatch(bucket -> bucket.contains(visitor.address()));

        HttpResponse<String> thanks = visitor.get(location(sent));
        assertThat(thanks.body()).contains("ありがとうございました").contains("href=\"/ja/doctor-kit/responses\"");
    }

    @Test
    void aPrefectureChosenForAVisitOutsideJapanIsIgnored() {
        SiteClient visitor = new SiteClient(port);
        long before = ResponsesFixture.count(context);
        assertThat(send(visitor, "en", answers("none", "refused", "gb", "osaka", 2023, 1))
                        .statusCode())
                .isEqualTo(303);
        assertThat(ResponsesFixture.count(context)).isEqualTo(before + 1);
        Map<String, Object> row = lowerCase(jdbc.sql("SELECT country, prefecture FROM doctor_response ORDER BY id DESC")
                .query()
                .listOfRows()
                .getFirst());
        assertThat(row).containsEntry("country", "gb").containsEntry("prefecture", null);
    }

    @Test
    void missingAndWrongAnswersAreExplainedAndNothingIsSaved() {
        SiteClient visitor = new SiteClient(port);
        long before = ResponsesFixture.count(context);
        Map<String, String> fields = answers("", "made_up", "jp", "", 1999, 12);
        HttpResponse<String> refused = send(visitor, "en", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(refused.body())
                .contains("Please correct the following")
                .contains("<a href=\"#diagnosis\">Please choose the diagnosis you had")
                .contains("<a href=\"#response\">Please choose how the doctor responded.")
                .contains("<a href=\"#prefecture\">Please choose the prefecture of the visit in Japan.")
                .contains("<a href=\"#year\">Please choose the year and month of the visit (2000 or later).")
                // The answers that were fine stay chosen.
                .contains("<option value=\"jp\" selected>Japan</option>")
                .contains("<option value=\"12\" selected>December</option>");

        YearMonth next = YearMonth.now(ZoneId.of("Asia/Tokyo")).plusMonths(1);
        HttpResponse<String> future =
                send(visitor, "ja", answers("sciatica", "other", "us", "", next.getYear(), next.getMonthValue()));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body()).contains("まだ来ていない月は選べません。");
        assertThat(send(visitor, "en", answers("sciatica", "other", "xx", "", 2020, 13))
                        .body())
                .contains("Please choose the country of the visit.")
                .contains("Please choose the year and month of the visit");
        assertThat(ResponsesFixture.count(context)).isEqualTo(before);
    }

    @Test
    void botsAreThankedLikeEveryoneAndNothingIsSaved() {
        SiteClient bot = new SiteClient(port);
        long before = ResponsesFixture.count(context);
        Map<String, String> honeypot = answers("sciatica", "refused", "us", "", 2022, 3);
        honeypot.put("website", "http://spam.example");
        HttpResponse<String> filled = send(bot, "en", honeypot);
        assertThat(filled.statusCode()).isEqualTo(303);
        assertThat(location(filled)).isEqualTo("/en/doctor-kit/responses/thanks");

        Map<String, String> forged = answers("sciatica", "refused", "us", "", 2022, 3);
        forged.put("started", "1700000000000.forged");
        HttpResponse<String> fast = send(bot, "en", forged);
        assertThat(location(fast)).isEqualTo("/en/doctor-kit/responses/thanks");
        assertThat(ResponsesFixture.count(context)).isEqualTo(before);
    }

    @Test
    void oneAddressMaySendFiveAnswersAnHour() {
        SiteClient family = new SiteClient(port);
        long before = ResponsesFixture.count(context);
        for (int i = 0; i < ResponseRecording.PER_ADDRESS_PER_HOUR; i++) {
            assertThat(send(family, "en", answers("sciatica", "open_treated", "au", "", 2021, 1 + i))
                            .statusCode())
                    .isEqualTo(303);
        }
        HttpResponse<String> sixth = send(family, "ja", answers("sciatica", "open_treated", "au", "", 2021, 9));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("お使いのネットワークから最近たくさんの回答が送られたため");
        assertThat(ResponsesFixture.count(context)).isEqualTo(before + ResponseRecording.PER_ADDRESS_PER_HOUR);
        // Another address is not affected.
        assertThat(send(new SiteClient(port), "en", answers("sciatica", "open_treated", "au", "", 2021, 9))
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> forged =
                new SiteClient(port).post("/en" + FORM, answers("sciatica", "refused", "us", "", 2022, 3));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberLinksAnAnswerOnlyWhenTheyChooseToAndCanDeleteIt() {
        String email = AccountsFixture.confirmedMember(port, "en");
        long memberId = AccountsFixture.memberId(context, email);
        SiteClient member = AccountsFixture.signedIn(port, email);
        String form = member.get("/en" + FORM).body();
        assertThat(form)
                .contains("name=\"link\"")
                .doesNotContain("name=\"link\" value=\"yes\" checked")
                .contains("href=\"/en/doctor-kit/responses/mine\"");

        assertThat(send(member, "en", answers("fibromyalgia", "refused", "us", "", 2022, 2))
                        .statusCode())
                .isEqualTo(303);
        assertThat(rowsOf(memberId)).isEmpty();
        Map<String, String> linked = answers("sciatica", "open_referred", "jp", "hokkaido", 2024, 11);
        linked.put("link", "yes");
        assertThat(send(member, "en", linked).statusCode()).isEqualTo(303);
        assertThat(rowsOf(memberId)).hasSize(1);
        assertThat(member.get("/en/doctor-kit/responses/thanks").body())
                .contains("href=\"/en/doctor-kit/responses/mine\"");

        HttpResponse<String> mine = member.get("/en/doctor-kit/responses/mine");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(mine.body())
                .contains("November 2024")
                .contains("Hokkaido, Japan")
                .contains("Sciatica")
                .contains("They were open to MPS and referred me to someone who treats it")
                .doesNotContain("Fibromyalgia");
        long id = jdbc.sql("SELECT id FROM doctor_response WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();

        // Someone else cannot delete it, nor see the list signed out.
        SiteClient other = AccountsFixture.signedIn(port, AccountsFixture.confirmedMember(port, "en"));
        HttpResponse<String> notTheirs =
                other.submit("/en" + FORM, "/en/doctor-kit/responses/" + id + "/delete", Map.of());
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        HttpResponse<String> signedOut = new SiteClient(port).get("/en/doctor-kit/responses/mine");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(location(signedOut)).startsWith("/en/login");

        HttpResponse<String> deleted =
                member.submit("/en/doctor-kit/responses/mine", "/en/doctor-kit/responses/" + id + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(location(deleted)).isEqualTo("/en/doctor-kit/responses/mine?deleted");
        assertThat(rowsOf(memberId)).isEmpty();
        assertThat(member.get("/ja/doctor-kit/responses/mine?deleted").body())
                .contains("回答を削除しました。")
                .contains("アカウントにひも付けた回答はまだありません。");
    }

    @Test
    void linkedAnswersAreInTheDataExport() {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient member = AccountsFixture.signedIn(port, email);
        Map<String, String> linked = answers("none", "did_not_know", "jp", "okinawa", 2020, 7);
        linked.put("link", "yes");
        send(member, "ja", linked);

        HttpResponse<String> export =
                member.submit("/en/account/export", "/en/account/export", Map.of("password", PASSWORD));
        JsonNode responses =
                JsonMapper.builder().build().readTree(export.body()).get("doctorResponses");
        assertThat(responses).hasSize(1);
        assertThat(responses.get(0).get("visitMonth").asString()).isEqualTo("2020-07");
        assertThat(responses.get(0).get("diagnosis").asString()).isEqualTo("none");
        assertThat(responses.get(0).get("response").asString()).isEqualTo("did_not_know");
        assertThat(responses.get(0).get("prefecture").asString()).isEqualTo("okinawa");
        assertThat(responses.get(0).get("recordedOn").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
    }

    @Test
    void deletingAnAccountKeepsTheAnswersUnlinkedOrDeletesThemAsChosen() {
        long kept = memberWithLinkedAnswer("keep");
        assertThat(rowsOf(kept)).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM doctor_response WHERE diagnosis = 'tendovaginitis' AND member_id IS NULL"
                                        + " AND visit_month = DATE '2019-04-01'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long before = ResponsesFixture.count(context);
        long deleted = memberWithLinkedAnswer("delete");
        assertThat(rowsOf(deleted)).isEmpty();
        assertThat(ResponsesFixture.count(context)).isEqualTo(before);
    }

    /** A member who linked one answer and then deleted their account, keeping or deleting their content. */
    private long memberWithLinkedAnswer(String posts) {
        String email = AccountsFixture.confirmedMember(port, "en");
        long memberId = AccountsFixture.memberId(context, email);
        SiteClient member = AccountsFixture.signedIn(port, email);
        Map<String, String> linked = answers("tendovaginitis", "other", "jp", "nara", 2019, 4);
        linked.put("link", "yes");
        send(member, "en", linked);
        assertThat(rowsOf(memberId)).hasSize(1);
        HttpResponse<String> gone =
                member.submit("/en/account/delete", "/en/account/delete", Map.of("password", PASSWORD, "posts", posts));
        assertThat(gone.statusCode()).isEqualTo(302);
        return memberId;
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> out = new java.util.HashMap<>();
        row.forEach((key, value) -> out.put(key.toLowerCase(java.util.Locale.ROOT), value));
        return out;
    }
}
