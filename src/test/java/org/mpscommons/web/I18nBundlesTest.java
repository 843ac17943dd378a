package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every interface text lives in both bundles, and templates hold none of their own: a key in one bundle but not the
 * other, a template key missing from the bundles, or words typed straight into a template all fail here.
 */
class I18nBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    /** Texts that are the same in both languages on purpose. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "site.name",
            "site.name.ja",
            "layout.title",
            "mail.signature",
            "language.ja",
            "language.en",
            "articles.reference.doi",
            "articles.reference.pmid",
            "articles.reference.isbn",
            "references.field.doi",
            "references.field.pmid",
            "references.field.pmcid",
            "references.field.isbn",
            "admin.search.megabytes");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\.t\\(\"([^\"]+)\"[,)]");
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\b(alt|title|aria-label|placeholder|content|label)=\"([^\"]*)\"");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Properties en = bundle("en");
        Properties ja = bundle("ja");
        assertThat(en.stringPropertyNames()).as("keys missing from messages_ja").isSubsetOf(ja.stringPropertyNames());
        assertThat(ja.stringPropertyNames()).as("keys missing from messages_en").isSubsetOf(en.stringPropertyNames());
    }

    @Test
    void noTextIsBlankOrLeftUntranslated() {
        Properties en = bundle("en");
        Properties ja = bundle("ja");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as("en %s", key).isNotBlank();
            assertThat(ja.getProperty(key)).as("ja %s", key).isNotBlank();
            if (!SAME_IN_BOTH.contains(key) && !key.equals("layout.switch")) {
                assertThat(ja.getProperty(key))
                        .as("ja %s is still the English text", key)
                        .isNotEqualTo(en.getProperty(key));
            }
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyErrorPageHasItsTexts() {
        Set<String> keys = bundle("ja").stringPropertyNames();
        for (int status : new int[] {400, 403, 404, 405, 500, 503}) {
            ErrorView view = ErrorView.of(org.springframework.http.HttpStatus.valueOf(status));
            assertThat(keys).contains(view.titleKey(), view.textKey());
        }
    }

    @Test
    void templatesHoldNoTextOutsideTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String markup = withoutJteCode(Files.readString(template));
            Matcher attributes = VISIBLE_ATTRIBUTE.matcher(markup);
            while (attributes.find()) {
                if (attributes.group(2).codePoints().anyMatch(Character::isLetter)) {
                    problems.add(template + ": attribute " + attributes.group());
                }
            }
            String text = markup.replaceAll("(?s)<[^>]*>", " ").strip();
            for (String word : text.split("\\s+")) {
                if (word.codePoints().anyMatch(Character::isLetter)) {
                    problems.add(template + ": text \"" + word + "\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesTypedText() {
        String template = """
                @param Page page
                @template.web.layout(page = page, title = page.t("x"), content = @`
                <h1 aria-label="Welcome">${page.t("a")}</h1><p>Hello ${page.t("b")} 世界</p>
                `)
                """;
        String markup = withoutJteCode(template);
        assertThat(VISIBLE_ATTRIBUTE.matcher(markup).find()).isTrue();
        assertThat(markup.replaceAll("<[^>]*>", " ")).contains("Hello", "世界").doesNotContain("page.t");
    }

    /** Removes jte directives, expressions and template calls, leaving the HTML a template writes itself. */
    static String withoutJteCode(String template) {
        String s = template.replaceAll("(?s)<%--.*?--%>", "");
        s = s.replaceAll("(?m)^@(import|param)\\b.*$", "");
        s = removeBalanced(s, "$unsafe{", '{', '}');
        s = removeBalanced(s, "${", '{', '}');
        s = removeBalanced(s, "!{", '{', '}');
        for (String directive : new String[] {"@if(", "@elseif(", "@for("}) {
            s = removeBalanced(s, directive, '(', ')');
        }
        s = s.replaceAll("@(else|endif|endfor)\\b", "");
        s = withoutTemplateCalls(s);
        s = s.replaceAll("(?i)<!DOCTYPE[^>]*>", "");
        s = s.replaceAll("<meta name=\"(viewport|robots)\"[^>]*>", "");
        return s;
    }

    /**
     * Removes template calls' Java arguments. A call with a content block ({@code content = @`…`}) keeps the
     * block's markup, which is checked like the rest; a call without one goes entirely.
     */
    private static String withoutTemplateCalls(String template) {
        // A call with two blocks (head = @`…`, content = @`…`) is checked as one block: drop what joins them.
        String s = template.replaceAll("`\\s*,\\s*\\w+\\s*=\\s*@`", " ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = s.indexOf("@template.", i);
            if (at < 0) {
                out.append(s.substring(i));
                return out.toString().replace("`)", "");
            }
            out.append(s, i, at);
            int end = matching(s, s.indexOf('(', at), '(', ')', true);
            int block = s.indexOf("@`", at);
            i = block >= 0 && block < end ? block + 2 : end + 1;
        }
    }

    /** Removes each occurrence of {@code start} through its matching close character, skipping Java strings. */
    private static String removeBalanced(String s, String start, char open, char close) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = s.indexOf(start, i);
            if (at < 0) {
                out.append(s.substring(i));
                return out.toString();
            }
            out.append(s, i, at);
            i = matching(s, s.indexOf(open, at + start.length() - 1), open, close, false) + 1;
        }
    }

    /**
     * The index of the character closing the one at {@code from}, skipping Java strings and, if asked, content
     * blocks ({@code @`…`}), whose markup may hold brackets of its own.
     */
    private static int matching(String s, int from, char open, char close, boolean skipBlocks) {
        int depth = 0;
        boolean inString = false;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (inString) {
                if (c == '\\') {
                    j++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (skipBlocks && c == '`') {
                j = s.indexOf('`', j + 1);
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return j;
            }
        }
        return s.length() - 1;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            assertThat(in).as("messages_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
