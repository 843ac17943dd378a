package org.mpscommons.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The security baseline every response carries, and who may reach what. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Only this site's own files: no inline script, no other host. Inline data blocks such as JSON-LD are not
     * scripts and need no exception.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<SecurityCustomizer> features) throws Exception {
        for (SecurityCustomizer feature : features) {
            feature.customize(http);
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Metrics are for the operator's own scraper on this machine, not for the public.
                        .requestMatchers("/actuator/prometheus")
                        .access(fromLoopback())
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new CsrfCookies()).csrfTokenRequestHandler(maskedTokens()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        // Spring Security's default forbids all caching; HtmlCachingFilter decides per response.
                        .cacheControl(cache -> cache.disable())
                        // Sent only over TLS (request.isSecure(), which honours X-Forwarded-Proto from a proxy).
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                // Machines, not people, call the actuator: a refusal there is a plain 403, never a sign-in page.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new Http403ForbiddenEntryPoint(),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                .addFilterAfter(new HtmlCachingFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /** Spring Security's default (a fresh mask per response, against BREACH), with lock-free random bytes. */
    static org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler maskedTokens() {
        var handler = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(ThreadLocalSecureRandom.INSTANCE);
        return handler;
    }

    private static AuthorizationManager<RequestAuthorizationContext> fromLoopback() {
        return (authentication, context) ->
                new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));
    }

    /** Compares the literal address only: no name lookup happens on the request path. */
    static boolean isLoopback(String address) {
        return address != null
                && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }
}
