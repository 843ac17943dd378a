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

    public static void main(String[] args) {
        SpringApplication.run(MpsCommonsApplication.class, args);
    }
}
