package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.mpscommons.TestMailServer;
import org.mpscommons.accounts.AccountsFixture;
import org.mpscommons.doctorkit.PdfQr;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An attacker sends requests with a Host (or X-Forwarded-Host, which the server trusts from a proxy on loopback) of
 * their own: no mail the site sends and no document it caches may carry that host. Without MPS_BASE_URL (as here),
 * links go to the loopback address. Requests go over a raw socket, as an attacker's tool sends them: Java's HTTP
 * client refuses to set Host.
 */
@SiteTest
class ForgedHostTest {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aPasswordResetMailLinksToTheSiteWhateverTheHostSays() throws IOException {
        String email = AccountsFixture.confirmedMember(port, "en");
        send(
                new SiteClient(port),
                "/en/password-reset",
                "/en/password-reset",
                Map.of("email", email),
                "Host",
                EVIL + ":" + port);
        assertLinksHome(TestMailServer.awaitMail(email, "Reset your"), "/en/password-reset/new?token=");
    }

    @Test
    void aForwardedHostFromLoopbackDoesNotReachTheMailEither() throws IOException {
        String email = AccountsFixture.confirmedMember(port, "ja");
        send(
                new SiteClient(port),
                "/ja/password-reset",
                "/ja/password-reset",
                Map.of("email", email),
                "Host",
                "localhost:" + port,
                "X-Forwarded-Host",
                EVIL);
        assertLinksHome(TestMailServer.awaitMail(email, "パスワード"), "/ja/password-reset/new?token=");
    }

    @Test
    void registrationAndAlreadyRegisteredMailsLinkToTheSite() throws IOException {
        TestMailServer.shared();
        String email = AccountsFixture.unique("host") + "@example.org";
        Map<String, String> form = Map.of(
                "displayName",
                AccountsFixture.unique("Host"),
                "email",
                email,
                "password",
                AccountsFixture.PASSWORD,
                "website",
                "");
        send(new SiteClient(port), "/en/register", "/en/register", form, "Host", EVIL);
        assertLinksHome(TestMailServer.awaitMail(email, "Confirm your email"), "/en/verify-email?token=");

        Map<String, String> again = new LinkedHashMap<>(form);
        again.put("displayName", AccountsFixture.unique("Again"));
        send(new SiteClient(port), "/en/register", "/en/register", again, "X-Forwarded-Host", EVIL);
        assertLinksHome(TestMailServer.awaitMail(email, "[MPS Commons] Your account"), "/en/login");
    }

    @Test
    void anEmailChangeMailLinksToTheSite() throws IOException {
        String email = AccountsFixture.confirmedMember(port, "en");
        SiteClient member = AccountsFixture.signedIn(port, email);
        String newEmail = AccountsFixture.unique("moved") + "@example.org";
        send(
                member,
                "/en/account/settings",
                "/en/account/settings/email",
                Map.of("emailPassword", AccountsFixture.PASSWORD, "newEmail", newEmail),
                "Host",
                EVIL);
        assertLinksHome(
                TestMailServer.awaitMail(newEmail, "Confirm your new email"), "/en/account/email/confirm?token=");
    }

    @Test
    void theHandoutPdfCarriesTheSiteAddressOnly() throws IOException {
        Raw handout = raw("GET /ja/doctor-kit/handout.pdf HTTP/1.0\r\nHost: " + EVIL + "\r\n\r\n");
        assertThat(handout.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(handout.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain(EVIL);
            assertThat(PdfQr.decode(pdf)).containsExactly(base() + "/ja/articles/k/for-doctors");
        }
    }

    @Test
    void theSitemapAndPagesNameTheSiteNotTheHost() throws IOException {
        Raw sitemap = raw("GET /sitemap.xml HTTP/1.0\r\nHost: " + EVIL + "\r\n\r\n");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.text()).contains("<loc>" + base() + "/").doesNotContain(EVIL);

        Raw page = raw("GET /en/articles/what-is-mps HTTP/1.0\r\nHost: " + EVIL + "\r\nX-Forwarded-Host: " + EVIL
                + "\r\n\r\n");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("<link rel=\"canonical\" href=\"" + base() + "/en/articles/what-is-mps\"")
                .doesNotContain(EVIL);
        // The copy the visitor cache kept is the same for the next, honest visitor.
        assertThat(new SiteClient(port).get("/en/articles/what-is-mps").body()).doesNotContain(EVIL);
    }

    private void assertLinksHome(MimeMessage mail, String pathPart) {
        String text = TestMailServer.plainText(mail);
        assertThat(text).doesNotContain(EVIL).contains(base() + pathPart);
    }

    /** Fills the form on {@code formPage} as {@code client} would, then posts it over a raw socket with these headers. */
    private void send(SiteClient client, String formPage, String action, Map<String, String> fields, String... headers)
            throws IOException {
        Map<String, String> form = client.formFields(formPage);
        form.putAll(fields);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Map<String, String> head = new LinkedHashMap<>();
        head.put("Host", "localhost:" + port);
        for (int i = 0; i < headers.length; i += 2) {
            head.put(headers[i], headers[i + 1]);
        }
        head.put("X-Forwarded-For", client.address());
        head.put("Cookie", client.cookieHeader());
        head.put("Content-Type", "application/x-www-form-urlencoded");
        head.put("Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
        String request = "POST " + action + " HTTP/1.0\r\n"
                + head.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue() + "\r\n")
                        .collect(Collectors.joining())
                + "\r\n" + body;
        Raw response = raw(request);
        assertThat(response.status()).as(response.text()).isEqualTo(302);
    }

    record Raw(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One HTTP/1.0 exchange: the server closes the connection after the response, which is read whole. */
    private Raw raw(String request) {
        byte[] bytes = RawHttp.exchangeBytes(port, request);
        int split = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String head = new String(bytes, 0, split, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.substring(9, 12));
        return new Raw(status, Arrays.copyOfRange(bytes, split + 4, bytes.length));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no end of headers");
    }
}
