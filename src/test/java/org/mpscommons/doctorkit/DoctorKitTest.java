package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mpscommons.CookieCsrf;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The kit as a visitor without JavaScript uses it: one short step after another, each a page of its own (a post answers
 * with a redirect), the answers kept in the browser's cookie, and at the end a letter (PDF or a page to print) in the
 * language they chose, with nothing kept on the server.
 */
@SiteTest
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class DoctorKitTest {

    private static final String NOTE = "Worst after sitting at my desk, kit-note-7Q2";

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Handout handout;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Autowired
    org.mpscommons.redflags.WarningSigns warningSigns;

    @Test
    void eachStepIsAPageOfItsOwnAndTheBrowserKeepsTheAnswersBetweenThem() throws Exception {
        String start =
                mvc.perform(get("/en/doctor-kit")).andReturn().getResponse().getContentAsString();
        assertThat(start)
                .contains("Step 1 of 5")
                .contains("Where does it hurt?")
                .contains("name=\"regions\" value=\"low_back-right\"")
                .contains("name=\"regions\" value=\"sternum\"")
                .contains("We do not save what you enter here");

        // Nothing chosen: back to the same page, which says what is wrong (and nothing asks to resend a form).
        MockHttpServletResponse none = send(post("/en/doctor-kit").param("step", "1"));
        assertThat(none.getRedirectedUrl()).isEqualTo("/en/doctor-kit");
        MockHttpServletResponse again = send(get("/en/doctor-kit"));
        assertThat(again.getContentAsString())
                .contains("Step 1 of 5")
                .contains("Choose at least one place where it hurts.")
                .contains("autofocus");
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-store");

        assertThat(send(post("/en/doctor-kit").param("step", "1").param("regions", "low_back-right", "buttock-left"))
                        .getRedirectedUrl())
                .isEqualTo("/en/doctor-kit/step/history");
        String second = send(get("/en/doctor-kit/step/history")).getContentAsString();
        assertThat(second).contains("Step 2 of 5").doesNotContain("type=\"hidden\" name=\"regions\"");

        assertThat(send(post("/en/doctor-kit")
                                .param("step", "2")
                                .param("since", "2y")
                                .param("diagnoses", "sciatica")
                                .param("age", "50_plus"))
                        .getRedirectedUrl())
                .isEqualTo("/en/doctor-kit/step/signs");
        String signs = send(get("/en/doctor-kit/step/signs")).getContentAsString();
        String shown = signIds(new String[] {"low_back-right", "buttock-left"}, "2y", "50_plus");
        assertThat(signs)
                .contains("Step 3 of 5: Warning signs to check first")
                .contains("Call an ambulance now if:")
                .contains("name=\"signsShown\" value=\"" + shown + "\"")
                .contains("Awaiting clinical review.");

        send(post("/en/doctor-kit").param("step", "3").param("signsShown", shown));
        String third = send(get("/en/doctor-kit/step/treatments")).getContentAsString();
        assertThat(third).contains("Step 4 of 5").contains("name=\"effect-painkillers\"");

        send(post("/en/doctor-kit")
                .param("step", "4")
                .param("effect-painkillers", "better")
                .param("effect-epidural_block", "same")
                .param("effect-massage", ""));
        String fourth = send(get("/en/doctor-kit/step/letter")).getContentAsString();
        assertThat(fourth)
                .contains("Step 5 of 5")
                .contains("Low back (lumbar, right), Buttock (incl. gluteal fold, left)")
                .contains("Epidural block: No change")
                .contains("formaction=\"/en/doctor-kit/letter\"")
                // A visitor cannot save: nothing offers it.
                .doesNotContain("name=\"save\"");

        // Back keeps this step's answers and the earlier ones.
        assertThat(send(post("/en/doctor-kit")
                                .param("step", "3")
                                .param("go", "back")
                                .param("signsShown", shown))
                        .getRedirectedUrl())
                .isEqualTo("/en/doctor-kit/step/history");
        assertThat(send(get("/en/doctor-kit/step/history")).getContentAsString())
                .contains("id=\"since-2y\" name=\"since\" value=\"2y\" checked")
                .contains("id=\"diagnosis-sciatica\" name=\"diagnoses\" value=\"sciatica\" checked");
        assertThat(send(get("/en/doctor-kit")).getContentAsString())
                .contains("value=\"low_back-right\" checked")
                .contains("value=\"buttock-left\" checked")
                .doesNotContain("value=\"buttock-right\" checked");

        // The letter's page, from the kept answers; then "start again" forgets them.
        assertThat(send(post("/en/doctor-kit/letter").param("letterLanguage", "en"))
                        .getRedirectedUrl())
                .isEqualTo("/en/doctor-kit/letter");
        assertThat(send(get("/en/doctor-kit/letter")).getContentAsString())
                .contains("Where it hurts: Low back (lumbar, right), Buttock (incl. gluteal fold, left)");
        MockHttpServletResponse pdf = send(get("/en/doctor-kit/letter.pdf"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        send(post("/en/doctor-kit/restart"));
        assertThat(kitCookie).isNull();
        assertThat(send(get("/en/doctor-kit/step/history")).getRedirectedUrl()).isEqualTo("/en/doctor-kit");
    }

    /**
     * The answers travel in POST bodies and the encrypted cookie only: no address the browser is sent to, no line of the
     * application's log, and nothing an access log's pattern could write (request line, status, referrer: addresses
     * again) holds them.
     */
    @Test
    void theAnswersNeverEnterAnAddressOrALogLine(CapturedOutput output) throws Exception {
        int logged = output.getAll().length();
        String note = "kit-secret-note-9Z";
        java.util.List<String> addresses = new java.util.ArrayList<>();
        for (MockHttpServletRequestBuilder request : java.util.List.of(
                post("/en/doctor-kit").param("step", "1").param("regions", "jaw_teeth-left"),
                post("/en/doctor-kit").param("step", "2").param("since", "5y").param("diagnoses", "tension_headache"),
                post("/en/doctor-kit")
                        .param("step", "3")
                        .param("signsShown", signIds(new String[] {"jaw_teeth-left"}, "5y", "")),
                post("/en/doctor-kit").param("step", "4").param("effect-massage", "worse"),
                post("/en/doctor-kit/letter").param("letterLanguage", "en").param("note", note))) {
            MockHttpServletResponse response = send(request);
            addresses.add(response.getRedirectedUrl());
            addresses.add(send(get(response.getRedirectedUrl())).getHeader("Location"));
        }
        assertThat(addresses).contains("/en/doctor-kit/letter");
        assertThat(String.join(" ", addresses.stream().map(String::valueOf).toList()))
                .doesNotContain("jaw", "5y", "tension", "massage", note, KitCookie.NAME);
        assertThat(output.getAll().substring(logged)).doesNotContain("jaw_teeth", "tension_headache", note, kitCookie);
        // An operator who turns Tomcat's access log on gets its default pattern unless they choose one: addresses and
        // statuses, never a cookie or a body.
        String pattern = environment.getProperty("server.tomcat.accesslog.pattern", "common");
        assertThat(pattern).doesNotContain("%{Cookie}i", "%{" + KitCookie.NAME + "}c", "%{mps_kit}");
    }

    @Test
    void aLaterStepWithoutTheAnswersBeforeItSendsThePatientBack() throws Exception {
        assertThat(send(get("/en/doctor-kit/step/treatments")).getRedirectedUrl())
                .isEqualTo("/en/doctor-kit");
        send(post("/en/doctor-kit").param("step", "1").param("regions", "calf-left"));
        // The warning signs have not been shown yet: a bookmark of the treatments step leads to them.
        assertThat(send(get("/en/doctor-kit/step/treatments")).getRedirectedUrl())
                .isEqualTo("/en/doctor-kit/step/signs");
        // A forged or damaged cookie is no answers at all.
        kitCookie = kitCookie.substring(0, kitCookie.length() - 4) + "AAAA";
        assertThat(send(get("/en/doctor-kit/step/signs")).getRedirectedUrl()).isEqualTo("/en/doctor-kit");
        assertThat(send(get("/en/doctor-kit/step/nowhere")).getStatus()).isEqualTo(404);
    }

    @Test
    void theLetterIsAPdfInTheChosenLanguageAndNothingIsStoredOrLogged(CapturedOutput output) throws Exception {
        Map<String, Long> before = rowCounts();
        int logged = output.getAll().length();
        // The page is Japanese; the doctor reads English.
        MockHttpServletResponse response = send(letter(post("/ja/doctor-kit/letter.pdf"), "en"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("A question about myofascial pain syndrome (MPS)");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Dear Doctor")
                    .contains("Where it hurts: Low back (lumbar, right), Buttock (incl. gluteal fold, both sides)")
                    .containsPattern("Date: \\d{1,2} [A-Z][a-z]+ \\d{4}")
                    .contains("How long I have had it: about 2 years")
                    .contains("Diagnoses I have been given: Sciatica")
                    .contains("Epidural block: no change")
                    .contains(NOTE)
                    .contains("unlike epidural or nerve root blocks")
                    .contains("doi:10.1093/pm/pnx207")
                    .contains("doi:10.1111/j.1526-4637.2008.00526.x")
                    .contains("http://localhost:" + port + "/en/articles/k/for-doctors")
                    .contains("I read a list of warning signs for these areas");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).getName()).matches("[A-Z]{6}\\+NotoSansJP-.*");
                }
            }
            assertThat(PdfQr.decode(pdf)).containsExactly("http://localhost:" + port + "/en/articles/k/for-doctors");
        }

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(output.getAll().substring(logged)).doesNotContain("kit-note-7Q2");
    }

    @Test
    void aJapaneseLetterHasItsReferencesAndFitsTwoPagesEvenWithEveryPlaceChosen() throws Exception {
        MockHttpServletRequestBuilder request = post("/en/doctor-kit/letter.pdf")
                .with(CookieCsrf.valid())
                .param("regions", Vocabulary.SHIPPED.placeIds().toArray(String[]::new))
                .param("since", "10y")
                .param("diagnoses", Vocabulary.SHIPPED.diagnoses().keySet().toArray(String[]::new))
                .param(
                        "treatments",
                        Vocabulary.SHIPPED.treatments().keySet().stream()
                                .map(id -> id + ":worse")
                                .toArray(String[]::new))
                .param("signsShown", signIds(Vocabulary.SHIPPED.placeIds().toArray(String[]::new), "10y", ""))
                .param("letterLanguage", "ja")
                .param("note", "あ".repeat(KitAnswers.NOTE_MAX));
        byte[] bytes = mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/letters"));
        Files.write(Path.of("target/letters/letter-ja-everything.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("筋筋膜性疼痛症候群（MPS）についてのご相談")
                    .contains("頭頂部")
                    .contains("Fernández-de-las-Peñas")
                    .contains("doi:10.12998/wjcc.v9.i9.2077");
            assertThat(PdfQr.decode(pdf)).containsExactly("http://localhost:" + port + "/ja/articles/k/for-doctors");
        }
    }

    @Test
    void thePrintViewShowsTheLetterInItsOwnLanguage() throws Exception {
        assertThat(send(letter(post("/en/doctor-kit/letter"), "ja")).getRedirectedUrl())
                .isEqualTo("/en/doctor-kit/letter");
        MockHttpServletResponse response = send(get("/en/doctor-kit/letter"));
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString())
                .contains("<html lang=\"en\"")
                .contains("<article class=\"letter\" lang=\"ja\"")
                .contains("筋筋膜性疼痛症候群（MPS）についてのご相談")
                .contains("硬膜外ブロック：変わらなかった")
                .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日")
                .contains("<svg")
                .contains("Your letter to your doctor");
    }

    @Test
    void aHandMadePostThatCannotMakeALetterShowsTheStepToMend() throws Exception {
        String tooLong = mended(send(post("/en/doctor-kit/letter.pdf")
                .param("regions", "low_back-left")
                .param("letterLanguage", "en")
                .param("signsShown", signIds(new String[] {"low_back-left"}, "", ""))
                .param("note", "x".repeat(KitAnswers.NOTE_MAX + 1))));
        assertThat(tooLong).contains("Step 5 of 5").contains("Please shorten your message to 600 characters");

        // An unsided id of a paired region is not a place any more.
        kitCookie = null;
        String unknown = mended(send(
                post("/ja/doctor-kit/letter.pdf").param("regions", "low_back").param("letterLanguage", "en")));
        assertThat(unknown).contains("ステップ 1/5").contains("認識できない回答がありました");

        kitCookie = null;
        String language = mended(send(post("/en/doctor-kit/letter")
                .param("regions", "low_back-left")
                .param("letterLanguage", "fr")
                .param("signsShown", signIds(new String[] {"low_back-left"}, "", ""))));
        assertThat(language).contains("Choose the language of the letter.");

        // No letter without the warning signs that apply: a post that skipped them, or whose answers changed since
        // (here, a chest region added), is shown them first.
        kitCookie = null;
        String unseen = mended(send(post("/en/doctor-kit/letter.pdf")
                .param("regions", "low_back-left", "chest_pectoral-right")
                .param("letterLanguage", "en")
                .param("signsShown", signIds(new String[] {"low_back-left"}, "", ""))));
        assertThat(unseen).contains("Step 3 of 5: Warning signs to check first").contains("Call an ambulance now if:");
    }

    @Test
    void theHandoutForDoctorsIsOnePageInEachLanguage() throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            MockHttpServletResponse response = mvc.perform(get("/" + language + "/doctor-kit/handout.pdf"))
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            // For a person to look at, like the browser tests' screenshots.
            Files.createDirectories(Path.of("target/letters"));
            Files.write(Path.of("target/letters/handout-" + language + ".pdf"), response.getContentAsByteArray());
            try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
                assertThat(pdf.getNumberOfPages()).as(language).isEqualTo(1);
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(language);
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("doi:10.1093/pm/pnx207");
                assertThat(PdfQr.decode(pdf))
                        .containsExactly("http://localhost:" + port + "/" + language + "/articles/k/for-doctors");
            }
            // A public site's address (MPS_BASE_URL) is longer than the loopback one: still one page.
            String site = "https://mps-commons.example.org";
            try (PDDocument pdf = Loader.loadPDF(handout.pdf(language, site))) {
                assertThat(pdf.getNumberOfPages()).as(language + " at " + site).isEqualTo(1);
                assertThat(PdfQr.decode(pdf)).containsExactly(site + "/" + language + "/articles/k/for-doctors");
            }
        }
    }

    /** A security scan's hand-made post: an effect that is none of the three, sent past the treatments step. */
    @Test
    void aMadeUpEffectOnALaterStepIsIgnoredNotAServerError() throws Exception {
        for (String step : new String[] {"4", "5"}) {
            MockHttpServletResponse response = send(post("/en/doctor-kit")
                    .param("step", step)
                    .param("regions", "calf-right")
                    .param("treatments", "massage:x\nforged log line")
                    .param("letterLanguage", "en")
                    .param("note", ""));
            // Before: a 500 and an ERROR line carrying the made-up text (NoSuchMessageException for its message key).
            for (int redirects = 0; response.getStatus() == 302 && redirects < 3; redirects++) {
                response = send(get(response.getRedirectedUrl()));
            }
            assertThat(response.getStatus()).as("step " + step).isEqualTo(200);
        }
    }

    /** The kit's cookie as a browser keeps it between requests (null: none). */
    private String kitCookie;

    /** A request as the browser sends it, with the kit's cookie; keeps the cookie the answer sets. */
    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        if (kitCookie != null) {
            request.cookie(new jakarta.servlet.http.Cookie(KitCookie.NAME, kitCookie));
        }
        MockHttpServletResponse response =
                mvc.perform(request.with(CookieCsrf.valid())).andReturn().getResponse();
        for (String header : response.getHeaders("Set-Cookie")) {
            if (header.startsWith(KitCookie.NAME + "=")) {
                String value = header.substring(KitCookie.NAME.length() + 1, header.indexOf(';'));
                kitCookie = value.isEmpty() ? null : value;
            }
        }
        // Never in an address: the answers are in a POST body or the cookie.
        assertThat(String.valueOf(response.getRedirectedUrl())).doesNotContain("regions", "low_back", "note");
        return response;
    }

    /** The page a post that could not make a letter leads to. */
    private String mended(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(302);
        return send(get(response.getRedirectedUrl())).getContentAsString();
    }

    private MockHttpServletRequestBuilder letter(MockHttpServletRequestBuilder request, String language) {
        return request.param("regions", "low_back-right", "buttock-right", "buttock-left")
                .param("since", "2y")
                .param("diagnoses", "sciatica")
                .param("treatments", "painkillers:better", "epidural_block:same")
                .param(
                        "signsShown",
                        signIds(new String[] {"low_back-right", "buttock-right", "buttock-left"}, "2y", ""))
                .param("letterLanguage", language)
                .param("note", NOTE);
    }

    /** The ids of the warning signs the signs step shows for these answers, as it posts them. */
    private String signIds(String[] regions, String since, String age) {
        return new KitAnswers(
                        java.util.List.of(regions),
                        since,
                        java.util.List.of(),
                        java.util.List.of(),
                        "",
                        "",
                        age,
                        "",
                        false)
                .signIds(warningSigns);
    }

    /** Every table's row count: what "nothing was stored" means. */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                try (var statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        assertThat(counts)
                .containsKey(counts.keySet().stream()
                        .filter(t -> t.equalsIgnoreCase("doctor_kit_letter"))
                        .findFirst()
                        .orElse("doctor_kit_letter"));
        return counts;
    }
}
