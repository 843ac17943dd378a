package org.mpscommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.mpscommons.MpsCommonsApplication;
import org.mpscommons.SiteTest;
import org.mpscommons.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The command line builds a node's index from the database and says how it went. */
@SiteTest
class ReindexCommandTest {

    @Autowired
    Environment environment;

    @Test
    void reindexBuildsTheIndexAndReportsIt() throws Exception {
        Path indexDir = Files.createTempDirectory(TestDatabase.dataDir(), "cli-search-");
        List<String> args = new ArrayList<>();
        for (String key : new String[] {
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "mps.data-dir",
            "mps.links.check-cron"
        }) {
            String value = environment.getProperty(key);
            if (value != null) {
                args.add("--" + key + "=" + value);
            }
        }
        args.add("--mps.search.index-dir=" + indexDir);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = ReindexCommand.run(
                MpsCommonsApplication.class,
                args.toArray(String[]::new),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        String said = output.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("reindex: done");
        assertThat(status).isZero();
        // Where it says it built the index (in tests, every application context gets an index directory of its own).
        var built = java.util.regex.Pattern.compile("MB in (\\S+), in").matcher(said);
        assertThat(built.find()).isTrue();
        try (var directory = FSDirectory.open(Path.of(built.group(1)));
                var reader = DirectoryReader.open(directory)) {
            // The 30 shipped articles at least.
            assertThat(reader.numDocs()).isGreaterThanOrEqualTo(30);
        }
    }
}
