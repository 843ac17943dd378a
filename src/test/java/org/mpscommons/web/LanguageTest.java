package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SiteTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

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
        mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9")).andExpect(header().string("Location", "/en/"));
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
        for (String target : new String[] {"https://evil.example/", "//evil.example/ja/", "/ja/\\evil", "/en/about",
                "/ja//evil.example", "javascript:alert(1)"}) {
            mvc.perform(get("/language/ja").param("to", target)).andExpect(header().string("Location", "/ja/"));
        }
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
