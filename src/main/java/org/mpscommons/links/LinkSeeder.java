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

    private static final Logger log = LoggerFactory.getLogger(LinkSeeder.class);
    private static final List<String> COLUMNS = List.of("kind", "title_en", "title_ja", "url", "language",
            "description_en", "description_ja", "verified", "verified_how");

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
        return loaded;
    }

    /** The file's rows, checked like an editor's input: a broken row stops the start, with its line. */
    static List<LinkValues> read() {
        String text;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        List<List<String>> rows = org.mpscommons.content.Csv.rows(text);
        if (rows.isEmpty() || !rows.get(0).equals(COLUMNS)) {
            throw new IllegalStateException(RESOURCE + " must start with the columns " + String.join(",", COLUMNS));
        }
        Map<LinkKind, Integer> positions = new EnumMap<>(LinkKind.class);
        List<LinkValues> values = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            values.add(row(rows.get(i), i + 1, positions));
        }
        return values;
    }

    private static LinkValues row(List<String> row, int number, Map<LinkKind, Integer> positions) {
        if (row.size() != COLUMNS.size()) {
            throw broken(number, "has " + row.size() + " fields instead of " + COLUMNS.size());
        }
        LinkKind kind = LinkKind.fromCode(row.get(0).strip()).orElseThrow(() -> broken(number, "has an unknown kind"));
        Language language = Language.fromCode(row.get(4).strip()).orElseThrow(() -> broken(number, "has an unknown language"));
        String url = row.get(3).strip();
        if (!url.isEmpty() && !WebAddress.isValid(url)) {
            throw broken(number, "has an address that is not an http(s) URL");
        }
        String verified = row.get(7).strip();
        if (!verified.equals("yes") && !verified.equals("no")) {
            throw broken(number, "says neither yes nor no in verified");
        }
        int position = positions.merge(kind, 10, Integer::sum);
        LinkValues values = new LinkValues(kind, row.get(1).strip(), row.get(2).strip(), url.isEmpty() ? null : url,
                language, row.get(5).strip(), row.get(6).strip(), position, verified.equals("yes"),
                row.get(8).strip().isEmpty() ? null : row.get(8).strip());
        LinkForm.Checked checked = LinkForm.of(values).check();
        if (checked.errors().any()) {
            throw broken(number, "breaks the editors' rules: " + checked.errors().all().values());
        }
        return values;
    }

    private static IllegalStateException broken(int line, String problem) {
        return new IllegalStateException(RESOURCE + ": row " + line + " " + problem);
    }
}
