package org.mpscommons.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Lets browsers (and, later, a CDN) revalidate pages cheaply: every HTML page gets an ETag computed from its body,
 * and a matching If-None-Match is answered with 304 and no body. Pages for anonymous visitors may be stored by
 * shared caches but must be revalidated; signed-in members' pages are private. A controller that sets its own
 * Cache-Control (such as no-store for health data) keeps it, and no-store pages get no ETag.
 */
class HtmlCachingFilter extends ShallowEtagHeaderFilter {

    /**
     * Weak ETags: the server compresses the body it hashed, and Tomcat sends a page with a strong ETag uncompressed
     * (noCompressionStrongETag), which left every page outside the visitor cache (members' pages, the doctor kit) at
     * its full size.
     */
    HtmlCachingFilter() {
        setWriteWeakETag(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/admin")) {
            // The admin area shows personal data: no cache anywhere may keep it.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            chain.doFilter(request, response);
        } else if (VisitorPageCache.capturing(request)) {
            // Rendered for the visitor cache, which writes each visitor's own form values into it: a body hash would
            // not be the body sent, and a 304 would keep a form whose signed time has run out.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            chain.doFilter(request, response);
        } else if (isPageRequest(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, isAnonymous() ? "no-cache" : "private, no-cache");
            super.doFilterInternal(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    protected boolean isEligibleForEtag(
            HttpServletRequest request, HttpServletResponse response, int responseStatusCode, InputStream body) {
        String contentType = response.getContentType();
        return contentType != null
                && contentType.startsWith("text/html")
                && super.isEligibleForEtag(request, response, responseStatusCode, body);
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return ("GET".equals(method) || "HEAD".equals(method))
                && Language.ofPath(path).isPresent();
    }

    private static boolean isAnonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }
}
