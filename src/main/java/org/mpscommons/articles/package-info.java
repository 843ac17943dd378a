/**
 * Articles about MPS with references, editors' review and history.
 */
@ApplicationModule(allowedDependencies = {"web::api", "accounts::api", "content::api", "ops::api", "search::spi"})
package org.mpscommons.articles;

import org.springframework.modulith.ApplicationModule;
