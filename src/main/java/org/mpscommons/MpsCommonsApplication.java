package org.mpscommons;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class MpsCommonsApplication {

    /** Every feature reads the time from here (UTC), so tests can hold it still. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Starts the site; {@code reindex} instead rebuilds this node's search index, {@code generate-data} fills an
     * empty database with a generated forum, and both exit.
     */
    public static void main(String[] args) {
        if (args.length > 0 && org.mpscommons.search.ReindexCommand.NAME.equals(args[0])) {
            System.exit(org.mpscommons.search.ReindexCommand.run(
                    MpsCommonsApplication.class, java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && org.mpscommons.generate.GenerateDataCommand.NAME.equals(args[0])) {
            System.exit(org.mpscommons.generate.GenerateDataCommand.run(
                    MpsCommonsApplication.class, java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(MpsCommonsApplication.class, args);
    }
}
