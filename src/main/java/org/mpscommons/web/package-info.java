/**
 * Shared web infrastructure: the page every template receives, languages and messages, security rules that features
 * extend, the visitor page cache, sitemaps and robots.txt. Depends on no feature; features plug into it through its
 * {@code api} (for example {@link org.mpscommons.web.SitemapSource}).
 */
@ApplicationModule(allowedDependencies = {})
package org.mpscommons.web;

import org.springframework.modulith.ApplicationModule;
