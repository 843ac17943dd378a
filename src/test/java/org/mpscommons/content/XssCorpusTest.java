package org.mpscommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every payload of the corpus, on its own and nested in Markdown blocks, must come out of the pipeline inert. A new
 * attack idea belongs in the corpus file, not in this class.
 */
class XssCorpusTest {

    private static final String CORPUS = "/content/xss-corpus.txt";
    private static final int MINIMUM_PAYLOADS = 110;
    private static final Pattern CODE_POINT = Pattern.compile("\\{U\\+([0-9A-Fa-f]{4,6})}");

    // The same payload inside a quote, a list item and after a paragraph reaches other parser states.
    private static final List<UnaryOperator<String>> CONTEXTS = List.of(
            payload -> payload,
            payload -> "> " + payload.replace("\n", "\n> "),
            payload -> "- " + payload.replace("\n", "\n  "),
            payload -> "Intro text\n" + payload + "\n\nOutro **text**");

    private final ContentPipeline pipeline = new ContentPipeline();

    @Test
    void everyPayloadComesOutInert() throws IOException {
        List<String> payloads = payloads();
        SoftAssertions softly = new SoftAssertions();
        for (String payload : payloads) {
            for (UnaryOperator<String> context : CONTEXTS) {
                String input = context.apply(payload);
                String html = pipeline.render(input).html();
                softly.assertThat(InertHtml.problems(html))
                        .as("payload:%n%s%noutput:%n%s", input, html)
                        .isEmpty();
            }
        }
        softly.assertAll();
        System.out.printf("XssCorpusTest: %d payloads checked in %d contexts each%n", payloads.size(), CONTEXTS.size());
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(MINIMUM_PAYLOADS);
    }

    /** Entries between "----" lines; the "#" lines before the first separator are the file's own comments. */
    static List<String> payloads() throws IOException {
        String text;
        try (InputStream in = XssCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as(CORPUS).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> payloads = new ArrayList<>();
        StringBuilder entry = null;
        for (String line : text.split("\n", -1)) {
            if (line.equals("----")) {
                addIfPresent(payloads, entry);
                entry = new StringBuilder();
            } else if (entry != null) {
                entry.append(line).append('\n');
            }
        }
        addIfPresent(payloads, entry);
        return payloads;
    }

    private static void addIfPresent(List<String> payloads, StringBuilder entry) {
        if (entry != null && !entry.toString().isBlank()) {
            payloads.add(expandCodePoints(entry.toString().stripTrailing()));
        }
    }

    private static String expandCodePoints(String payload) {
        Matcher m = CODE_POINT.matcher(payload);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
