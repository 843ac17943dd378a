package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SiteTest
@Import(ServerErrorPageTest.FailingController.class)
class ServerErrorPageTest {

    @LocalServerPort
    int port;

    @Test
    void aFailureShowsALocalizedPageAndNeverTheExceptionOrStackTrace() {
        HttpResponse<String> response = new SiteClient(port).get("/ja/test-failure", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<html lang=\"ja\">")
                .contains("サーバー側で問題が起きました")
                .contains("href=\"/ja/\"")
                .doesNotContain("secret-detail", "IllegalStateException", "at org.", "FailingController");
    }

    @TestConfiguration
    @RestController
    static class FailingController {
        @GetMapping("/ja/test-failure")
        String fail() {
            throw new IllegalStateException("secret-detail from the database layer");
        }
    }
}
