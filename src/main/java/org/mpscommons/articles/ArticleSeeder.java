package org.mpscommons.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mpscommons.content.Csv;
import org.mpscommons.ops.ContentSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * Loads the content the site ships with (src/main/resources/content: references.csv, articles/{key}.{lang}.md) on
 * start-up, each item once in the site's life ({@link ContentSeeds}): an editor's later change or deletion is never
 * overwritten or brought back, and two nodes starting at once do not load an item twice.
 */
@Component
class ArticleSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArticleSeeder.class);
    static final String SHIPPED_EDITOR = "MPS Commons";

    private final ContentSeeds seeds;
    private final ShippedCorrections corrections;
    private final org.mpscommons.search.SearchChanges search;
    private final ReferenceRepository references;
    private final ArticleRepository articles;
    private final ArticleText text;
    private final Articles writing;
    private final Clock clock;

    ArticleSeeder(
            ContentSeeds seeds,
            ShippedCorrections corrections,
            ReferenceRepository references,
            ArticleRepository articles,
            ArticleText text,
            Articles writing,
            org.mpscommons.search.SearchChanges search,
            Clock clock) {
        this.corrections = corrections;
        this.search = search;
        this.seeds = seeds;
        this.references = references;
        this.articles = articles;
        this.text = text;
        this.writing = writing;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Returns how many items it loaded or corrected now. */
    int seed() {
        int loaded = 0;
        List<Reference> shippedReferences = Csv.read(
                        read(new PathMatchingResourcePatternResolver().getResource("classpath:content/references.csv")))
                .stream()
                .map(ArticleSeeder::reference)
                .toList();
        for (Reference reference : shippedReferences) {
            loaded += once("reference:" + reference.key(), () -> references.insert(reference, now())) ? 1 : 0;
        }
        List<Shipped> shippedArticles = shipped();
        for (Shipped article : shippedArticles) {
            loaded += once(
                            "article:" + article.content().translationKey() + ":"
                                    + article.content().language(),
                            () -> store(article, "Shipped with the site"))
                    ? 1
                    : 0;
        }
        // What an earlier version of the site loaded and no editor changed since gets this version's corrections.
        loaded += corrections.correctReferences(shippedReferences, now());
        loaded += corrections.correctArticles(shippedArticles, now());
        if (loaded > 0) {
            log.info("Loaded or corrected {} shipped references and articles", loaded);
        }
        return loaded;
    }

    record Shipped(ArticleRepository.Content content, List<String> cited) {}

    /** Stores a parsed article as published, by the site itself, with its citations; the search index hears of it. */
    long store(Shipped article, String note) {
        long id = articles.insert(article.content(), ArticleStatus.PUBLISHED, now());
        articles.addRevision(id, 1, null, SHIPPED_EDITOR, note, article.content(), now());
        search.changed(ArticleSearchSource.TYPE, id);
        articles.cite(id, references.idsInOrder(article.cited()));
        return id;
    }

    /** The articles in the jar, rendered as they will be stored. */
    List<Shipped> shipped() {
        List<Shipped> shipped = new ArrayList<>();
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:content/articles/*.md");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                shipped.add(parse(file.getFilename(), read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shipped;
    }

    /** A file: YAML front matter between "---" lines, then the Markdown body. */
    Shipped parse(String name, String file) {
        if (!file.startsWith("---")) {
            throw new IllegalStateException(name + ": no front matter");
        }
        int end = file.indexOf("\n---", 3);
        Map<String, Object> front = new Yaml().load(file.substring(3, end));
        String body = file.substring(file.indexOf('\n', end + 1) + 1).strip();
        String language = string(front, "lang");
        ArticleText.Body rendered = text.render(body, language, writing.referenceLabel(language));
        @SuppressWarnings("unchecked")
        List<Object> tags = front.get("tags") instanceof List<?> list ? (List<Object>) list : List.of();
        Theme theme = Theme.fromCode(string(front, "theme"))
                .orElseThrow(() -> new IllegalStateException(name + ": unknown theme"));
        return new Shipped(
                new ArticleRepository.Content(
                        string(front, "key"),
                        language,
                        string(front, "slug"),
                        string(front, "title"),
                        string(front, "summary"),
                        theme,
                        tags.stream().map(String::valueOf).toList(),
                        body,
                        rendered.html()),
                rendered.citedKeys());
    }

    private boolean once(String seedKey, Runnable load) {
        try {
            return seeds.once(seedKey, load);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // An editor already made an article with that address: theirs stays; the shipped one is tried next start.
            log.warn(
                    "Skipped shipped content {}: {}",
                    seedKey,
                    e.getMostSpecificCause().getMessage());
            return false;
        }
    }

    private static Reference reference(Map<String, String> row) {
        String year = row.get("year");
        return new Reference(
                0,
                row.get("id"),
                row.get("authors"),
                row.get("title"),
                row.get("container"),
                year.isEmpty() ? null : Integer.valueOf(year),
                row.get("details"),
                blank(row.get("doi")),
                blank(row.get("pmid")),
                blank(row.get("pmcid")),
                blank(row.get("isbn")),
                blank(row.get("url")),
                row.get("evidence_type"),
                row.get("status"));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String string(Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (value == null) {
            throw new IllegalStateException("Front matter lacks " + key);
        }
        return String.valueOf(value).strip();
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
