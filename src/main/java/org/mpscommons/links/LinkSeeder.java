package org.mpscommons.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mpscommons.ops.ContentSeeds;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the curated links shipped in {@code content/links.csv} at the first start, once: from then on editors own
 * the list, so a link they changed or deleted is never restored (the seed's key stays recorded in content_seed).
 * A site that already has links (added by hand before this file shipped) keeps them and gets none from the file.
 * The file's {@code verified} column says whether an editor has confirmed the address by hand; {@code verified_how}
 * becomes the editor's note, which says what is left to confirm.
 */
@Component
class LinkSeeder implements ApplicationRunner {

    static final String SEED_KEY = "links.csv";
    static final String RESOURCE = "content/links.csv";

    /**
     * Links added after sites had loaded the first list: each such file loads once on every site, even one with
     * links already, placed after the links its editors have in the same section.
     */
    static final List<String> ADDITIONS = List.of("content/links-finding-care.csv");

    private static final int ADDED_POSITIONS = 1000;

    private static final Logger log = LoggerFactory.getLogger(LinkSeeder.class);
    private static final List<String> COLUMNS = List.of(
            "kind",
            "title_en",
            "title_ja",
            "url",
            "language",
            "description_en",
            "description_ja",
            "verified",
            "verified_how");

    private final ContentSeeds seeds;
    private final LinkRepository links;
    private final org.mpscommons.search.SearchChanges search;
    private final Clock clock;

    LinkSeeder(ContentSeeds seeds, LinkRepository links, org.mpscommons.search.SearchChanges search, Clock clock) {
        this.search = search;
        this.seeds = seeds;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** @return whether this call loaded the file (false on every start after the first) */
    boolean seed() {
        List<LinkValues> shipped = read();
        boolean loaded = seeds.once(SEED_KEY, () -> {
            if (!links.isEmpty()) {
                log.info("The site has links already; {} is not loaded", RESOURCE);
                return;
            }
            shipped.forEach(values -> search.changed(LinkSearchSource.TYPE, links.insert(values, clock.instant())));
            log.info("Loaded {} links from {}", shipped.size(), RESOURCE);
        });
        for (String addition : ADDITIONS) {
            List<LinkValues> added = read(addition, ADDED_POSITIONS);
            seeds.once(
                    addition.substring(addition.lastIndexOf('/') + 1),
                    () -> added.forEach(
                            values -> search.changed(LinkSearchSource.TYPE, links.insert(values, clock.instant()))));
        }
        return loaded;
    }

    /** The first list's rows. */
    static List<LinkValues> read() {
        return read(RESOURCE, 0);
    }

    /** A file's rows, checked like an editor's input: a broken row stops the start, with its file and line. */
    static List<LinkValues> read(String resource, int firstPosition) {
        String text;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        List<List<String>> rows = org.mpscommons.content.Csv.rows(text);
        if (rows.isEmpty() || !rows.get(0).equals(COLUMNS)) {
            throw new IllegalStateException(resource + " must start with the columns " + String.join(",", COLUMNS));
        }
        Map<LinkKind, Integer> positions = new EnumMap<>(LinkKind.class);
        List<LinkValues> values = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            values.add(row(rows.get(i), resource + ": row " + (i + 1), positions, firstPosition));
        }
        return values;
    }

    private static LinkValues row(List<String> row, String where, Map<LinkKind, Integer> positions, int firstPosition) {
        if (row.size() != COLUMNS.size()) {
            throw broken(where, "has " + row.size() + " fields instead of " + COLUMNS.size());
        }
        LinkKind kind = LinkKind.fromCode(row.get(0).strip()).orElseThrow(() -> broken(where, "has an unknown kind"));
        Language language =
                Language.fromCode(row.get(4).strip()).orElseThrow(() -> broken(where, "has an unknown language"));
        String url = row.get(3).strip();
        if (!url.isEmpty() && !WebAddress.isValid(url)) {
            throw broken(where, "has an address that is not an http(s) URL");
        }
        String verified = row.get(7).strip();
        if (!verified.equals("yes") && !verified.equals("no")) {
            throw broken(where, "says neither yes nor no in verified");
        }
        int position = firstPosition + positions.merge(kind, 10, Integer::sum);
        LinkValues values = new LinkValues(
                kind,
                row.get(1).strip(),
                row.get(2).strip(),
                url.isEmpty() ? null : url,
                language,
                row.get(5).strip(),
                row.get(6).strip(),
                position,
                verified.equals("yes"),
                row.get(8).strip().isEmpty() ? null : row.get(8).strip());
        LinkForm.Checked checked = LinkForm.of(values).check();
        if (checked.errors().any()) {
            throw broken(
                    where,
                    "breaks the editors' rules: " + checked.errors().all().values());
        }
        return values;
    }

    private static IllegalStateException broken(String where, String problem) {
        return new IllegalStateException(where + " " + problem);
    }
}
