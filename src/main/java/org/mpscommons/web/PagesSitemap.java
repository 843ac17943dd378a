package org.mpscommons.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site's own pages in the sitemap, in every language: those {@link PagesController} serves. */
@Configuration(proxyBeanMethods = false)
class PagesSitemap {

    @Bean
    SitemapSource pagesSitemapSource() {
        return SitemapSource.listed("pages", () -> {
            List<SitemapEntry> entries = new ArrayList<>();
            entries.addAll(SitemapEntry.inEveryLanguage("/"));
            entries.addAll(SitemapEntry.inEveryLanguage("/what-is-mps"));
            entries.addAll(SitemapEntry.inEveryLanguage("/about"));
            entries.addAll(SitemapEntry.inEveryLanguage("/privacy", PagesController.PRIVACY_LAST_CHANGED));
            entries.addAll(SitemapEntry.inEveryLanguage("/contact"));
            return entries;
        });
    }
}
