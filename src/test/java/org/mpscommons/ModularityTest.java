package org.mpscommons;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each direct sub-package is a feature module; this fails when one reaches into another's internals. */
class ModularityTest {

    @Test
    void featureModulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(MpsCommonsApplication.class).verify();
    }
}
