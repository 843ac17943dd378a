package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteClient;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SiteTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void rootSendsAJapaneseBrowserToJapanese() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/ja/"))
                .andExpect(header().string("Vary", "Accept-Language, Cookie"));
    }

    @Test
    void rootSendsAnEnglishBrowserToEnglish() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(header().string("Location", "/en/"));
    }

    @Test
    void rootPicksTheFirstServedLanguageByQuality() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9,ja;q=0.6,en;q=0.5"))
                .andExpect(header().string("Location", "/ja/"));
    }

    @Test
    void rootFallsBackToEnglishWhenNoServedLanguageIsAccepted() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(header().string("Location", "/en/"));
        mvc.perform(get("/")).andExpect(header().string("Location", "/en/"));
    }

    @Test
    void aRememberedChoiceWinsOverTheBrowserLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en").cookie(new Cookie("mps_lang", "ja")))
                .andExpect(header().string("Location", "/ja/"));
    }

    @Test
    void theSwitchRemembersTheChoiceAndShowsTheSamePage() throws Exception {
        MvcResult result = mvc.perform(get("/language/ja").param("to", "/ja/about"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/ja/about"))
                .andReturn();
        String cookie = result.getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("mps_lang=ja;").contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000");
    }

    @Test
    void theSwitchNeverRedirectsOffTheSite() throws Exception {
        for (String target : new String[] {
            "https://evil.example/",
            "//evil.example/ja/",
            "/ja/\\evil",
            "/en/about",
            "/ja//evil.example",
            "javascript:alert(1)"
        }) {
            mvc.perform(get("/language/ja").param("to", target)).andExpect(header().string("Location", "/ja/"));
        }
    }

    @Test
    void theSwitchKeepsAPathWithJapaneseInItOverRealHttp() {
        // A topic's address as a browser sends it when someone typed or pasted its Japanese slug.
        SiteClient site = new SiteClient(port);
        String encoded = "/ja/forum/t/5/" + URLEncoder.encode("肩こりと頭痛", StandardCharsets.UTF_8);
        // Decoded, "to" holds the Japanese characters themselves.
        HttpResponse<String> response = site.get("/language/ja?to=" + encoded);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(encoded);
    }

    @Test
    void theSwitchKeepsTheEscapesAndQueryItWasGiven() throws Exception {
        mvc.perform(get("/language/en").param("to", "/en/search?q=%E8%82%A9+neck&page=2"))
                .andExpect(header().string("Location", "/en/search?q=%E8%82%A9+neck&page=2"));
        mvc.perform(get("/language/en").param("to", "/en/search?q=肩 こり"))
                .andExpect(header().string("Location", "/en/search?q=%E8%82%A9%20%E3%81%93%E3%82%8A"));
    }

    @Test
    void aLanguageRootWithoutSlashRedirects() throws Exception {
        mvc.perform(get("/ja")).andExpect(header().string("Location", "/ja/"));
    }

    @Test
    void anUnservedLanguageIsNotFound() throws Exception {
        mvc.perform(get("/fr/about")).andExpect(status().isNotFound());
        mvc.perform(get("/language/fr")).andExpect(status().isNotFound());
    }
}
