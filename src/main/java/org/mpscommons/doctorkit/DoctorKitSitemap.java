package org.mpscommons.doctorkit;

import org.mpscommons.web.SitemapEntry;
import org.mpscommons.web.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kit's first page in the sitemap, in every language; its later steps are answers to a form, not pages. */
@Configuration(proxyBeanMethods = false)
class DoctorKitSitemap {

    @Bean
    SitemapSource doctorKitSitemapSource() {
        return SitemapSource.listed("doctor-kit", () -> SitemapEntry.inEveryLanguage("/doctor-kit"));
    }
}
