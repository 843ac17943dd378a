package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A query with a broken %-escape: a plain 400 in the visitor's language, and nothing of what was asked in the log. */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTest {

    @LocalServerPort
    int port;

    @Test
    void aBrokenEscapeGetsALocalizedBadRequestPage(CapturedOutput output) {
        String response = RawHttp.get(port, "/ja/search?q=MPS%%20shoulder-secret", "Accept: text/html");
        assertThat(response)
                .startsWith("HTTP/1.1 400")
                .contains("<html lang=\"ja\">")
                .contains("リクエストに問題がありました");
        assertThat(output.getAll()).doesNotContain("shoulder-secret").doesNotContain(" ERROR ");
    }

    @Test
    void manyBrokenRequestsWriteAtMostOneLineAndNoValues(CapturedOutput output) {
        for (int i = 0; i < 40; i++) {
            String response = RawHttp.get(port, "/en/search?q=MPS%%20neck-secret-" + i, "Accept: text/html");
            assertThat(response).startsWith("HTTP/1.1 400").contains("Something in the request was wrong");
        }
        String log = output.getAll();
        assertThat(log).doesNotContain("neck-secret").doesNotContain(" ERROR ");
        assertThat(log.lines().filter(line -> line.contains("/en/search"))).hasSizeLessThanOrEqualTo(1);
    }
}
