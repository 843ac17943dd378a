package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpscommons.SiteClient.words;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SiteTest
class PagesTest {

    static final List<String> PAGES = List.of("/", "/what-is-mps", "/about", "/privacy", "/contact");

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    static List<String> languagesAndPages() {
        return PAGES.stream()
                .flatMap(page -> List.of("en" + page, "ja" + page).stream())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("languagesAndPages")
    void everyPageDeclaresItsLanguageCanonicalUrlAndBothAlternates(String languageAndPage) throws Exception {
        String lang = languageAndPage.substring(0, 2);
        String localPath = languageAndPage.substring(2);
        String html = render("/" + languageAndPage);

        assertThat(html).contains("<html lang=\"" + lang + "\">");
        // The site's one address (MPS_BASE_URL is not set in tests: the loopback address), whatever the request says.
        String base = "http://localhost:" + port;
        assertThat(attribute(html, "link rel=\"canonical\" href")).isEqualTo(base + "/" + lang + localPath);
        assertThat(html).contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + base + "/en" + localPath + "\">");
        assertThat(html).contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"" + base + "/ja" + localPath + "\">");
        assertThat(html).contains("<link rel=\"alternate\" hreflang=\"x-default\"");
        assertThat(html).doesNotContain("noindex");
    }

    @ParameterizedTest
    @MethodSource("languagesAndPages")
    void everyPageLinksToItselfInTheOtherLanguage(String languageAndPage) throws Exception {
        String lang = languageAndPage.substring(0, 2);
        String other = lang.equals("en") ? "ja" : "en";
        String localPath = languageAndPage.substring(2);
        String html = render("/" + languageAndPage);
        assertThat(html).contains("href=\"/language/" + other + "?to=/" + other + localPath + "\"");
    }

    @ParameterizedTest
    @MethodSource("languagesAndPages")
    void everyPageHasASkipLinkAndTheDisclaimer(String languageAndPage) throws Exception {
        String html = render("/" + languageAndPage);
        assertThat(html).contains("<a class=\"skip-link\" href=\"#main\">").contains("<main id=\"main\"");
        assertThat(html).containsAnyOf("not medical advice", "医療上の助言");
    }

    @org.junit.jupiter.api.Test
    void whatIsMpsSaysWhatMpsIsAndWhyTheSiteExists() throws Exception {
        assertThat(render("/en/what-is-mps"))
                .contains("<h1>What is myofascial pain syndrome?</h1>")
                .contains("Myofascial pain syndrome (MPS) is pain that is thought to come from muscles")
                .contains("disc herniation", "spinal canal stenosis", "spondylolisthesis")
                .contains("Ask your doctor", "Share your experience")
                .contains("An example of referred pain", "The upper trapezius");
        assertThat(render("/ja/what-is-mps"))
                .contains("<h1>筋筋膜性疼痛症候群とは</h1>")
                .contains("筋筋膜性疼痛症候群（MPS）は、筋肉と")
                .contains("椎間板ヘルニア", "脊柱管狭窄症", "脊椎すべり症")
                .contains("主治医に聞いてみる", "体験を伝える")
                .contains("関連痛の一例", "僧帽筋");
    }

    /**
     * Every citation's number is its source's place in the list at the bottom, and its link leads there; every source
     * listed is cited. Numbers follow the order of first citation.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/en/what-is-mps", "/ja/what-is-mps", "/en/", "/ja/"})
    void numberedCitationsLeadToTheirSources(String path) throws Exception {
        String html = render(path);
        List<String> listed = new java.util.ArrayList<>();
        Matcher items = Pattern.compile("<li id=\"source-([a-z0-9-]+)\">").matcher(html);
        while (items.find()) {
            listed.add(items.group(1));
        }
        List<String> cited = new java.util.ArrayList<>();
        Matcher cites = Pattern.compile("<a class=\"cite\" href=\"#source-([a-z0-9-]+)\">\\[(\\d+)]</a>")
                .matcher(html);
        while (cites.find()) {
            String id = cites.group(1);
            assertThat(listed).as("%s cites %s", path, id).contains(id);
            assertThat(Integer.parseInt(cites.group(2))).as("number of %s", id).isEqualTo(listed.indexOf(id) + 1);
            if (!cited.contains(id)) {
                cited.add(id);
            }
        }
        assertThat(cited).as("sources in the order they are first cited").isEqualTo(listed);
        List<Source> expected = path.endsWith("what-is-mps") ? Source.WHAT_IS_MPS : Source.HOME;
        assertThat(listed)
                .containsExactlyElementsOf(expected.stream().map(Source::id).toList());
        for (Source source : expected) {
            assertThat(html).contains("href=\"" + source.url() + "\"");
        }
    }

    @org.junit.jupiter.api.Test
    void homeKeepsTheWarningAboutCareThatCannotWait() throws Exception {
        assertThat(words(render("/en/")))
                .contains("When to see a doctor promptly")
                .contains("Where does it hurt?");
        assertThat(words(render("/ja/"))).contains("早めに受診してほしいとき").contains("どこが痛みますか？");
    }

    @org.junit.jupiter.api.Test
    void contactPageSaysPlainlyWhenNoAddressIsPublished() throws Exception {
        assertThat(render("/en/contact")).contains("have not published a contact address yet");
        assertThat(render("/ja/contact")).contains("まだ連絡先を公開していません");
    }

    @org.junit.jupiter.api.Test
    void privacyPageShowsItsDateAsEachLanguageWritesIt() throws Exception {
        assertThat(render("/en/privacy")).contains("26 November 2026");
        assertThat(render("/ja/privacy")).contains("2026年11月26日");
    }

    private String render(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        return result.getResponse().getContentAsString();
    }

    private static String attribute(String html, String prefix) {
        Matcher matcher =
                Pattern.compile("<" + Pattern.quote(prefix) + "=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("found <%s", prefix).isTrue();
        return matcher.group(1);
    }
}
