package org.mpscommons.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sentences generated posts are made of, per language (generate/phrases-{en,ja}.txt): sections such as
 * {@code [title]} or {@code [reply]}, one entry per line. Written for this project as patients might write.
 */
final class Phrases {

    static final List<String> SECTIONS = List.of("title", "opening", "body", "reply", "closing", "quote", "list");

    private final Map<String, List<String>> sections;

    private Phrases(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Phrases load(String language) {
        String name = "/generate/phrases-" + language + ".txt";
        try (InputStream in = Phrases.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Phrases parse(String text, String name) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), key -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        for (String section : SECTIONS) {
            if (sections.getOrDefault(section, List.of()).isEmpty()) {
                throw new IllegalStateException(name + " has no entries in [" + section + "]");
            }
        }
        return new Phrases(sections);
    }

    String pick(String section, SplittableRandom random) {
        List<String> entries = sections.get(section);
        return entries.get(random.nextInt(entries.size()));
    }

    int size(String section) {
        return sections.get(section).size();
    }
}
