package org.mpscommons.generate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar mps-commons.jar generate-data --scale=small|medium|large [--seed=N]}: fills an empty database
 * (the one MPS_DATA_DIR or MPS_DB_* name, created and migrated as the site would) with a generated bilingual forum,
 * builds the search index for it, prints progress, and exits. The site then starts on that data as usual. For
 * benchmarks and development, never a live site: it refuses a database that already has forum topics.
 */
public final class GenerateDataCommand {

    public static final String NAME = "generate-data";
    static final long DEFAULT_SEED = 20261126L;

    private GenerateDataCommand() {}

    /** Returns the process's exit status. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        Scale scale = Scale.SMALL;
        long seed = DEFAULT_SEED;
        List<String> rest = new ArrayList<>();
        try {
            for (String arg : args) {
                if (arg.startsWith("--scale=")) {
                    scale = Scale.parse(arg.substring("--scale=".length()));
                } else if (arg.startsWith("--seed=")) {
                    seed = Long.parseLong(arg.substring("--seed=".length()).strip());
                } else {
                    rest.add(arg);
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("generate-data: " + e.getMessage());
            out.println("usage: generate-data --scale=small|medium|large [--seed=N]");
            return 2;
        }
        long started = System.nanoTime();
        // The whole application on no port, without the index follower: the index is built once at the end. As
        // arguments, which outrank application.yml's MPS_PORT (default properties would not).
        List<String> arguments = new ArrayList<>(List.of("--server.port=-1", "--mps.search.follow=false"));
        arguments.addAll(rest);
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new))) {
            DatasetGenerator.Made made = context.getBean(DatasetGenerator.class).generate(scale, seed, out);
            out.printf(
                    Locale.ROOT,
                    "generate-data: wrote %,d members, %,d topics, %,d posts, %,d reactions, "
                            + "%,d follows, %,d articles in %d s; building the search index%n",
                    made.members(),
                    made.topics(),
                    made.posts(),
                    made.reactions(),
                    made.follows(),
                    made.articles(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            context.getBean(org.mpscommons.search.SearchIndexBuild.class).build(out);
            out.printf(
                    Locale.ROOT,
                    "generate-data: done in %d s; members sign in with the password %s%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                    DatasetGenerator.PASSWORD);
            return 0;
        } catch (Exception e) {
            out.println("generate-data: failed: " + e.getMessage());
            return 1;
        }
    }
}
