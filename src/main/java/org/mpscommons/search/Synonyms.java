package org.mpscommons.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field's bilingual synonym groups (search/synonyms.txt: one group per line, terms separated by commas): a query
 * that names one term of a group also searches for the others, so 「椎間板ヘルニア」 finds articles that say "disc
 * herniation" and "sciatica" finds 「坐骨神経痛」. Matching is on the query's text, before analysis, because a group
 * mixes two languages whose analyzers split words differently: Latin terms match whole words, Japanese terms
 * anywhere in the query (Japanese has no spaces); the longest match wins, so 「腰椎椎間板ヘルニア」 is not read as
 * 「ヘルニア」 alone.
 */
public final class Synonyms {

    /** More would drown the query's own words. */
    static final int MAX_EXPANSIONS = 24;
    /** Bounds an admin's list: every query is matched against every term. */
    static final int MAX_CHARS = 200_000;

    static final int MAX_GROUPS = 3_000;
    static final int MAX_TERM = 100;

    /** What is wrong with a list an admin wrote: a message key and its arguments (line numbers count from 1). */
    public record Problem(String key, Object... arguments) {}

    private record Term(String text, String normalized, Pattern word, int group) {}

    private final List<List<String>> groups = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();

    static Synonyms load() {
        return parse(shippedText());
    }

    /** The list the project ships, used until an admin saves one of their own. */
    static String shippedText() {
        try (InputStream in = Synonyms.class.getResourceAsStream("/search/synonyms.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why a list cannot be used, or nothing. A term may stand in one group only: in two, a query naming it would
     * widen to both, which is what separate lines are there to prevent. Comparison is as queries are matched
     * (full-width and case folded).
     */
    static List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            problems.add(new Problem("admin.synonyms.error.tooLong", MAX_CHARS));
            return problems;
        }
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\\R");
        int groups = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            groups++;
            int number = i + 1;
            List<String> terms = new ArrayList<>();
            for (String term : line.split(",")) {
                if (!term.isBlank()) {
                    terms.add(term.strip());
                }
            }
            if (terms.size() < 2) {
                problems.add(new Problem("admin.synonyms.error.single", number));
            }
            for (String term : terms) {
                if (term.codePointCount(0, term.length()) > MAX_TERM) {
                    problems.add(new Problem("admin.synonyms.error.term", number, MAX_TERM));
                    continue;
                }
                Integer earlier = lineOf.putIfAbsent(normalize(term), number);
                if (earlier != null) {
                    problems.add(new Problem(
                            earlier == number ? "admin.synonyms.error.twiceInLine" : "admin.synonyms.error.twice",
                            number,
                            term,
                            earlier));
                }
            }
        }
        if (groups > MAX_GROUPS) {
            problems.add(new Problem("admin.synonyms.error.tooMany", MAX_GROUPS));
        }
        return problems;
    }

    static Synonyms parse(String text) {
        Synonyms synonyms = new Synonyms();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String term : trimmed.split(",")) {
                String clean = term.strip();
                if (!clean.isEmpty()) {
                    group.add(clean);
                    String normalized = normalize(clean);
                    // Latin terms match whole words only: "OA" is not inside "goal".
                    Pattern word = clean.chars().anyMatch(c -> c >= 0x3000)
                            ? null
                            : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalized) + "(?![\\p{L}\\p{N}])");
                    synonyms.terms.add(new Term(clean, normalized, word, synonyms.groups.size()));
                }
            }
            synonyms.groups.add(group);
        }
        // Longest first, so a longer term claims its part of the query before a shorter one inside it.
        synonyms.terms.sort((a, b) -> b.normalized().length() - a.normalized().length());
        return synonyms;
    }

    int size() {
        return groups.size();
    }

    /** The other terms of every group the query names, without the words the query already has. */
    List<String> expansions(String query) {
        String rest = " " + normalize(query) + " ";
        Set<Integer> named = new LinkedHashSet<>();
        Set<String> said = new LinkedHashSet<>();
        for (Term term : terms) {
            int at = find(rest, term);
            if (at >= 0) {
                named.add(term.group());
                said.add(term.normalized());
                // Blank the match out, so a shorter term inside it does not name another group.
                rest = rest.substring(0, at)
                        + " ".repeat(term.normalized().length())
                        + rest.substring(at + term.normalized().length());
            }
        }
        List<String> expansions = new ArrayList<>();
        for (int group : named) {
            for (String term : groups.get(group)) {
                if (!said.contains(normalize(term)) && expansions.size() < MAX_EXPANSIONS) {
                    expansions.add(term);
                }
            }
        }
        return expansions;
    }

    private static int find(String text, Term term) {
        if (term.word() == null) {
            return text.indexOf(term.normalized());
        }
        var matcher = term.word().matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    /** Full-width letters and digits to half-width, lower case: how people type varies, the meaning does not. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
