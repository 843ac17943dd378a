package org.mpscommons.doctorkit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpscommons.articles.Articles;
import org.mpscommons.articles.Reference;
import org.mpscommons.doctorkit.TaggedPdf.Block;
import org.mpscommons.doctorkit.TaggedPdf.Heading;
import org.mpscommons.doctorkit.TaggedPdf.Paragraph;
import org.mpscommons.doctorkit.TaggedPdf.Qr;
import org.springframework.stereotype.Component;

/**
 * The one-page handout for doctors, in Japanese or English, from doctorkit/handout_{ja,en}.txt: a title line, then
 * blocks separated by blank lines ({@code ## } a heading, {@code - } lines a list, {@code @references} the cited
 * works, {@code @site} the site's address with a QR code, anything else a paragraph).
 */
@Component
class Handout {

    /**
     * What the handout's text cites, in this order: the consensus on diagnostic criteria, the reliability of
     * palpation, a critical review of the concept, the systematic review of injections, and a clinical overview of the
     * technique and its complications.
     */
    static final List<String> REFERENCES =
            List.of("fernandez_dommerholt_2018", "lucas_2009", "quintner_2015", "scott_2009", "statpearls_tpi");

    private final Articles articles;
    /**
     * The same for every visitor, so made once per language and address (references change rarely; a restart shows
     * an edit). Bounded: without a configured base URL the address comes from each request's Host header, which
     * anyone can vary.
     */
    private final Cache<String, byte[]> made =
            Caffeine.newBuilder().maximumSize(8).build();

    Handout(Articles articles) {
        this.articles = articles;
    }

    byte[] pdf(String language, String baseUrl) {
        return made.get(language + " " + baseUrl, key -> {
            List<String> lines = read(language);
            return TaggedPdf.render(
                    language,
                    lines.getFirst(),
                    blocks(lines.subList(1, lines.size()), language, baseUrl),
                    TaggedPdf.Style.DENSE);
        });
    }

    List<Block> blocks(List<String> lines, String language, String baseUrl) {
        List<Block> blocks = new ArrayList<>();
        for (String block : String.join("\n", lines).strip().split("\n\\s*\n")) {
            String text = block.strip();
            if (text.startsWith("## ")) {
                blocks.add(new Heading(text.substring(3).strip()));
            } else if (text.equals("@references")) {
                articles.references(REFERENCES).stream()
                        .map(Reference::citation)
                        .map(Paragraph::new)
                        .forEach(blocks::add);
            } else if (text.equals("@site")) {
                String article = DoctorKit.articleUrl(baseUrl, language);
                blocks.add(new Paragraph(article));
                blocks.add(new Qr(article, LetterTexts.of(language).get("qr.alt", article)));
            } else if (text.startsWith("- ")) {
                for (String item : text.split("\n(?=- )")) {
                    blocks.add(new Paragraph("• " + joined(item.substring(2), language)));
                }
            } else {
                blocks.add(new Paragraph(joined(text, language)));
            }
        }
        return blocks;
    }

    /** A block's lines as one paragraph: English words need a space between lines, Japanese text none. */
    private static String joined(String text, String language) {
        return String.join(
                "ja".equals(language) ? "" : " ",
                text.strip().lines().map(String::strip).toList());
    }

    private static List<String> read(String language) {
        String file = "/doctorkit/handout_" + ("ja".equals(language) ? "ja" : "en") + ".txt";
        try (InputStream in = Handout.class.getResourceAsStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .dropWhile(line -> line.startsWith("# ") || line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
