/**
 * Search over every feature's public text (Lucene). Features describe their documents through {@code spi} and record
 * changes in their own write transactions; search indexes them from there. {@code tools} rebuilds an index.
 */
@ApplicationModule(allowedDependencies = {"web::api", "accounts::api", "content::api"})
package org.mpscommons.search;

import org.springframework.modulith.ApplicationModule;
