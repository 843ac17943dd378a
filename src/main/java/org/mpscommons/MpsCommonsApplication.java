package org.mpscommons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MpsCommonsApplication {
    public static void main(String[] args) {
        SpringApplication.run(MpsCommonsApplication.class, args);
    }
}
