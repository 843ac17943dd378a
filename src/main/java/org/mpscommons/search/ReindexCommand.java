package org.mpscommons.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar mps-commons.jar reindex}: builds this node's search index again from the database, printing its
 * progress, then exits. For a node that is stopped (a running node holds its index; use the admin page there), or to
 * prepare a new node's index before it starts. Settings as for the site (MPS_DATA_DIR, MPS_DB_*,
 * MPS_SEARCH_INDEX_DIR).
 */
public final class ReindexCommand {

    public static final String NAME = "reindex";

    private ReindexCommand() {}

    /** Returns the process's exit status. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        // The whole application, as the site would run it, but listening on no port (server.port -1), and without
        // the half-second follower: this run builds the index itself. As arguments, which outrank application.yml's
        // MPS_PORT (default properties would not, and the command would take the site's port).
        List<String> arguments = new ArrayList<>(List.of("--server.port=-1", "--mps.search.follow=false"));
        arguments.addAll(List.of(args));
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new))) {
            context.getBean(SearchIndexBuild.class).build(out);
            return 0;
        } catch (Exception e) {
            out.println("reindex: failed: " + e.getMessage());
            return 1;
        }
    }
}
