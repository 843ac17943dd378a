package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    @Test
    void aMissingJapanesePageGetsAJapanese404WithAWayBack() {
        HttpResponse<String> response = site.get("/ja/no-such-page", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"ja\">")
                .contains("ページが見つかりません")
                .contains("href=\"/ja/\"")
                .contains("<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void aMissingEnglishPageGetsAnEnglish404() {
        HttpResponse<String> response = site.get("/en/articles/nothing-here", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"en\">")
                .contains("Page not found")
                .contains("href=\"/en/\"");
    }

    @Test
    void aPathOutsideAnyLanguageUsesTheVisitorsLanguage() {
        HttpResponse<String> response = site.get("/wp-login.php", "Accept", "text/html", "Accept-Language", "ja");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"ja\">").contains("ページが見つかりません");
    }

    @Test
    void aForbiddenPageIsLocalizedToo() {
        HttpResponse<String> response = site.get("/actuator/env", "Accept", "text/html", "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed").contains("href=\"/en/\"");
    }
}
