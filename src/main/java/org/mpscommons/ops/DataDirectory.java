package org.mpscommons.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one directory that holds a single-machine site's state (H2 database, later the search index and the mail
 * outbox), {@code ./data} unless {@code MPS_DATA_DIR} says otherwise. Created at start-up when missing.
 */
@Component
public class DataDirectory {

    private final Path root;

    DataDirectory(@Value("${mps.data-dir}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** A sub-directory for one kind of state, created when missing. */
    public Path resolve(String name) {
        Path dir = root.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
