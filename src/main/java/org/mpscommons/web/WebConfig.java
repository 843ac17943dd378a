package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
class WebConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(
                String.class,
                Language.class,
                code -> Language.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("Not a served language: " + code)));
    }

    /** See mps.http.write-buffer in application.yml. */
    @Bean
    org.springframework.boot.tomcat.TomcatConnectorCustomizer writeBuffer(
            @org.springframework.beans.factory.annotation.Value("${mps.http.write-buffer}") int bytes) {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
    }

    @Bean
    VisitorPageCache visitorPageCache(
            java.util.List<VisitorPageSource> sources,
            java.util.List<NeutralCookie> neutralCookies,
            FormTimer formTimer) {
        return new VisitorPageCache(
                sources, neutralCookies, new CsrfCookies(), SecurityConfig.maskedTokens(), formTimer);
    }

    /** Before every other filter: a visitor's cached page needs none of them. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<VisitorPageCache> visitorPageCacheRegistration(
            VisitorPageCache cache) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(cache);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Just inside the visitor page cache, which reads no parameters, so it sees every request's first read. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<UndecodableParameters> undecodableParameters() {
        var registration =
                new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new UndecodableParameters());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * messages_en and messages_ja only: there is deliberately no base bundle, so a text missing in one language
     * fails instead of silently showing the other.
     */
    @Bean
    ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The URL carries the language; elsewhere (such as a 404 for an unknown path) the visitor's preference. */
    @Bean
    LocaleResolver localeResolver(LanguagePreference preference) {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Language.ofPath(request.getRequestURI())
                        .orElseGet(() -> preference.of(request))
                        .locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by URL");
            }
        };
    }
}
