/**
 * The link page: doctors, books and sites about MPS, checked by a scheduled link checker.
 */
@ApplicationModule(allowedDependencies = {"web::api", "accounts::api", "content::api", "ops::api", "search::spi"})
package org.mpscommons.links;

import org.springframework.modulith.ApplicationModule;
