package org.mpscommons.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form Tomcat cannot decode (a broken %-escape such as {@code ?q=MPS%%20…}) makes the first
 * {@code getParameter} throw. Left alone, that reaches the servlet container, which logs it at ERROR with the raw
 * value in the message: search words in the log, where queries never go, and a line per request for anyone who
 * sends many. Here it becomes the site's own 400 page, and a throttled line with the method and path only.
 */
final class UndecodableParameters extends OncePerRequestFilter {

    private static final int MAX_PATH_IN_LOG = 200;

    private final ThrottledLog refused = new ThrottledLog(
            LoggerFactory.getLogger(UndecodableParameters.class),
            "{} request(s) with a query or form that could not be decoded got a 400 (their values are never logged)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            InvalidParameterException undecodable = find(e);
            if (undecodable == null || response.isCommitted()) {
                throw e;
            }
            String path = request.getRequestURI();
            refused.occurred(request.getMethod() + " "
                    + (path.length() > MAX_PATH_IN_LOG ? path.substring(0, MAX_PATH_IN_LOG) + "…" : path));
            response.sendError(
                    undecodable.getErrorCode() >= 400
                            ? undecodable.getErrorCode()
                            : HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Spring MVC wraps it ("Request processing failed"); a filter that read the parameter throws it bare. */
    private static InvalidParameterException find(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException undecodable) {
                return undecodable;
            }
        }
        return null;
    }
}
