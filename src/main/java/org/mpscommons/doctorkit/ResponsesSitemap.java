package org.mpscommons.doctorkit;

import org.mpscommons.web.SitemapEntry;
import org.mpscommons.web.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics of doctors' responses in the sitemap, in both languages (the form is not for search engines). */
@Configuration(proxyBeanMethods = false)
class ResponsesSitemap {

    @Bean
    SitemapSource doctorResponsesSitemapSource() {
        return SitemapSource.listed("doctor-responses", () -> SitemapEntry.inEveryLanguage(ResponsesController.BASE));
    }
}
