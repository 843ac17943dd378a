/**
 * A synthetic dataset for benchmarks and demonstrations, written through the other features' {@code tools}.
 */
@ApplicationModule(
        allowedDependencies = {
            "web::api",
            "content::api",
            "accounts::tools",
            "articles::tools",
            "forum::tools",
            "search::tools"
        })
package org.mpscommons.generate;

import org.springframework.modulith.ApplicationModule;
