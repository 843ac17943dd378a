package org.mpscommons.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void createsTheDirectoryAndItsPartsWhenMissing() {
        Path root = temp.resolve("not/yet/there");
        DataDirectory data = new DataDirectory(root.toString());
        assertThat(root).isDirectory();
        assertThat(data.root()).isEqualTo(root.toAbsolutePath());
        assertThat(data.resolve("search"))
                .isDirectory()
                .isEqualTo(root.resolve("search").toAbsolutePath());
    }

    @Test
    void refusesAPathThatIsAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DataDirectory(file.toString()))
                .hasMessageContaining("Cannot create the data directory");
    }
}
