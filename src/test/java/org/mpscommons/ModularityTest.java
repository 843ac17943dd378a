package org.mpscommons;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * Each direct sub-package is a feature module whose {@code package-info.java} lists the modules (and their named
 * interfaces) it may use. This fails when a module reaches into another's internals or uses one it did not declare.
 * The map itself is described in {@code docs/architecture.md}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(MpsCommonsApplication.class);

    @Test
    void featureModulesOnlyUseWhatTheyDeclare() {
        MODULES.verify();
    }

    /**
     * Proves the check can fail: two probe classes in the test sources break the map on purpose (forum using a
     * search internal, accounts using forum), and are imported here only.
     */
    @Test
    void theCheckCatchesAnInternalUseAndAnUndeclaredDependency() {
        ImportOption mainAndProbes =
                location -> !location.contains("/test-classes/") || location.contains("ModularityProbe");
        var violations = ApplicationModules.of(MpsCommonsApplication.class, mainAndProbes)
                .detectViolations()
                .getMessages();

        assertThat(violations)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Module 'forum' depends on module 'search' via "
                                + "org.mpscommons.forum.ModularityProbeUsingSearchInternals -> "
                                + "org.mpscommons.search.Search."))
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Module 'accounts' depends on module 'forum' via "
                                + "org.mpscommons.accounts.ModularityProbeUsingForum -> org.mpscommons.forum.Topic."));
        assertThat(violations).allSatisfy(message -> assertThat(message).contains("ModularityProbe"));
    }

    /**
     * Spring Modulith exposes every public type of a module's base package to a module that names it without an
     * interface ({@code "search"}), so each module names the interfaces it uses ({@code "search::spi"}): then a public
     * type outside them, such as search's own {@link org.mpscommons.search.Search}, stays internal.
     */
    @Test
    void everyModuleDeclaresTheNamedInterfacesItUses() throws ClassNotFoundException {
        for (var module : MODULES) {
            var declaration = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declaration).as(module.getName()).isNotNull();
            assertThat(declaration.allowedDependencies())
                    .as(module.getName())
                    .allSatisfy(target -> assertThat(target).matches("[a-z]+::[a-z]+"));
        }
        var search = MODULES.getModuleByName("search").orElseThrow().getNamedInterfaces();
        assertThat(search.getByName("spi").orElseThrow().contains(org.mpscommons.search.SearchChanges.class))
                .isTrue();
        assertThat(search.stream().filter(NamedInterface::isNamed))
                .noneMatch(named -> named.contains(org.mpscommons.search.Search.class));
    }

    /** Component diagrams (PlantUML) and a canvas per module, in {@code target/spring-modulith-docs}. */
    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        FileSystemUtils.deleteRecursively(folder);
        new Documenter(MODULES).writeDocumentation();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("components.puml", "module-forum.puml", "module-forum.adoc");
        }
    }
}
