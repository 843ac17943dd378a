package org.mpscommons.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Articles for the generated knowledge base, in the shipped files' format (front matter, then Markdown): sections
 * with headings, paragraphs of the phrase list's sentences, now and then a list, and citations of references the
 * site ships. Not meant to be read; meant to be as long and as shaped as real articles, for the benchmarks.
 */
final class ArticleMaker {

    /** References the shipped articles cite (content/references.csv), so the citations resolve. */
    private static final List<String> CITED = List.of(
            "statpearls_mps",
            "fernandez_dommerholt_2018",
            "cao_2021_chinese_consensus",
            "gerwin_2001",
            "scott_2009",
            "lucas_2009",
            "quintner_2015",
            "brinjikji_2015a",
            "wong_2012",
            "fitzcharles_2022");

    private static final List<String> THEMES =
            List.of("what-is-mps", "other-diagnoses", "treatments", "living-with-pain", "talking-to-your-doctor");

    private final Phrases phrases;
    private final String language;
    private final String space;

    ArticleMaker(Phrases phrases, String language) {
        this.phrases = phrases;
        this.language = language;
        this.space = "ja".equals(language) ? "" : " ";
    }

    /** Article {@code number} in this language; its translation has the same key and slug. */
    String file(int number, SplittableRandom random) {
        String key = "generated-" + number;
        StringBuilder body = new StringBuilder();
        int sections = 4 + random.nextInt(3);
        for (int section = 0; section < sections; section++) {
            body.append("## ").append(phrases.pick("title", random)).append("\n\n");
            int paragraphs = 2 + random.nextInt(2);
            for (int paragraph = 0; paragraph < paragraphs; paragraph++) {
                int sentences = 3 + random.nextInt(3);
                for (int sentence = 0; sentence < sentences; sentence++) {
                    body.append(sentence == 0 ? "" : space).append(phrases.pick("body", random));
                }
                if (random.nextInt(100) < 40) {
                    body.append(" [@")
                            .append(CITED.get(random.nextInt(CITED.size())))
                            .append(']');
                }
                body.append("\n\n");
            }
            if (random.nextInt(100) < 30) {
                for (int item = 0; item < 3; item++) {
                    body.append("- ").append(phrases.pick("list", random)).append('\n');
                }
                body.append('\n');
            }
        }
        return "---\n"
                + "key: " + key + "\n"
                + "slug: " + key + "\n"
                + "lang: " + language + "\n"
                + "title: " + quoted(phrases.pick("title", random)) + "\n"
                + "summary: " + quoted(phrases.pick("opening", random)) + "\n"
                + "theme: " + THEMES.get(random.nextInt(THEMES.size())) + "\n"
                + "tags: []\n"
                + "---\n\n" + body.toString().strip() + "\n";
    }

    /** A YAML double-quoted scalar: the sentences hold colons and quotes. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
