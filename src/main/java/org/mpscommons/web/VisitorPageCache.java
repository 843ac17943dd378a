package org.mpscommons.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers visitors' requests for the busiest public pages (forum topics) from memory, before the security filters,
 * the dispatcher and the templates run. Nearly all readers are visitors, and a visitor's page differs from another
 * visitor's only in two values of its forms: the CSRF token (from the visitor's cookie, masked per response) and the
 * signed time the form was shown. So the page is rendered once with marks in their place, kept as UTF-8 bytes split
 * at the marks, and each request gets the bytes with its own two values written between them.
 *
 * <p>Only GET requests whose cookies cannot change the page (web's CSRF and language cookies, and each feature's
 * {@link NeutralCookie}) qualify: a session, "remember me" or a guest's key sends the request the whole way. A
 * {@link VisitorPageSource} tells the current version of the page's content; a copy of another version is not
 * served. A copy is kept only when the page's handler marked its response as the same for every visitor ({@link
 * #markSameForEveryVisitor}), the status was 200 and nothing else was stored for the visitor (no session, no cookie).
 * Copies expire after {@link #MAX_AGE} at the latest, which bounds how stale "5 minutes ago" gets. Headers (content
 * type, security policy, caching) are kept with the copy.
 */
@NamedInterface("api")
public final class VisitorPageCache extends OncePerRequestFilter {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** Bytes of pages kept: some thousand topic pages of 20 posts. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Set<String> NEUTRAL_CSRF_COOKIES = Set.of("mps_csrf", "__Host-csrf");

    /** Headers that belong to one response only, or that are written for each response. */
    private static final Set<String> UNSHARED_HEADERS = Set.of(
            "set-cookie",
            "etag",
            "content-length",
            "date",
            "transfer-encoding",
            "content-type",
            "content-encoding",
            "vary");

    private static final String CAPTURING = VisitorPageCache.class.getName() + ".capturing";
    private static final String SAME_FOR_EVERY_VISITOR = VisitorPageCache.class.getName() + ".same";

    /**
     * Stand-ins for the per-visitor values while a page is rendered for the cache. Random per process, so that no
     * text a member writes can contain them.
     */
    static final String CSRF_MARK = mark("csrf");

    static final String FORM_STARTED_MARK = mark("started");
    private static final byte[][] MARKS = {
        CSRF_MARK.getBytes(StandardCharsets.US_ASCII), FORM_STARTED_MARK.getBytes(StandardCharsets.US_ASCII)
    };
    private static final CsrfToken CSRF_PLACEHOLDER = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", CSRF_MARK);

    private final List<VisitorPageSource> sources;
    /** Cookies that never change what a page shows: CSRF tokens, the language choice, and features' own. */
    private final Set<String> neutralCookies;

    private final CsrfCookies csrfCookies;
    private final XorCsrfTokenRequestAttributeHandler masking;
    private final FormTimer formTimer;
    private final Cache<String, Copy> copies = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Copy copy) -> copy.size() + copy.deflatedSize())
            .expireAfterWrite(MAX_AGE)
            .build();

    VisitorPageCache(
            List<VisitorPageSource> sources,
            List<NeutralCookie> featuresNeutralCookies,
            CsrfCookies csrfCookies,
            XorCsrfTokenRequestAttributeHandler masking,
            FormTimer formTimer) {
        this.sources = sources;
        Set<String> neutral = new HashSet<>(NEUTRAL_CSRF_COOKIES);
        neutral.add(LanguagePreference.COOKIE);
        featuresNeutralCookies.forEach(cookie -> neutral.add(cookie.name()));
        this.neutralCookies = Set.copyOf(neutral);
        this.csrfCookies = csrfCookies;
        this.masking = masking;
        this.formTimer = formTimer;
    }

    /** Called by a page's handler when what it renders for this request is what every visitor would get. */
    public static void markSameForEveryVisitor(HttpServletRequest request) {
        if (request.getAttribute(CAPTURING) != null) {
            request.setAttribute(SAME_FOR_EVERY_VISITOR, Boolean.TRUE);
        }
    }

    /** The CSRF token to render into the page: a stand-in while the page is rendered for the cache. */
    static CsrfToken csrfToken(HttpServletRequest request) {
        return capturing(request) ? CSRF_PLACEHOLDER : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    /** Error pages are rendered in their own dispatch, and sent as they are: they get real values. */
    static boolean capturing(HttpServletRequest request) {
        return request.getAttribute(CAPTURING) != null && request.getDispatcherType() == DispatcherType.REQUEST;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        VisitorPageSource.Current current =
                "GET".equals(request.getMethod()) && onlyNeutralCookies(request) ? current(request) : null;
        if (current == null) {
            chain.doFilter(request, response);
            return;
        }
        // Not the Host: pages never depend on it (SiteAddress), and a key per forged Host would let anyone fill the
        // cache with copies of one page.
        String key = request.getScheme() + ":" + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Copy copy = copies.getIfPresent(key);
        if (copy != null && copy.version().equals(current.version())) {
            current.whenServed().run();
            copy.writeHeaders(response);
            if (!notModified(copy, request, response)) {
                write(copy, request, response);
            }
            return;
        }
        request.setAttribute(CAPTURING, Boolean.TRUE);
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            request.removeAttribute(CAPTURING);
        }
        Copy rendered = Copy.of(key, current.version(), capture);
        if (request.getAttribute(SAME_FOR_EVERY_VISITOR) != null
                && capture.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            copies.put(key, rendered);
            if (rendered.marks().length == 0 && rendered.etag() != null && !response.isCommitted()) {
                response.setHeader(HttpHeaders.ETAG, rendered.etag());
            }
        }
        if (response.isCommitted() || rendered.marks().length == 0) {
            capture.copyBodyToResponse();
        } else {
            write(rendered, request, response);
        }
    }

    /** Forgets every copy (tests, and an admin who changed what every page shows). */
    public void clear() {
        copies.invalidateAll();
    }

    private VisitorPageSource.Current current(HttpServletRequest request) {
        for (VisitorPageSource source : sources) {
            VisitorPageSource.Current current = source.current(request);
            if (current != null) {
                return current;
            }
        }
        return null;
    }

    private boolean onlyNeutralCookies(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!neutralCookies.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Answers 304 when the browser holds this very copy. Only a copy whose one per-visitor value is the CSRF token (or
     * that has none) has an ETag, and a browser that sends no CSRF cookie gets the page again, with a new cookie: the
     * token in the page it keeps is then valid for the cookie it sends. A page with a form's signed time never gets
     * one: a 304 would keep a time that has run out.
     */
    private static boolean notModified(Copy copy, HttpServletRequest request, HttpServletResponse response) {
        if (copy.etag() == null) {
            return false;
        }
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null
                && asked.contains(copy.etag().substring(2))
                && (copy.marks().length == 0 || hasCookie(request, NEUTRAL_CSRF_COOKIES))) {
            copy.writeHeaders(response);
            response.setHeader(HttpHeaders.ETAG, copy.etag());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static boolean hasCookie(HttpServletRequest request, Set<String> names) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (names.contains(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The copy's bytes with this visitor's own CSRF token (a new cookie if they had none) and form time; compressed
     * when the browser accepts gzip (nearly all do), from segments compressed once, so no request compresses a page.
     */
    private void write(Copy copy, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[][] values = new byte[MARKS.length][];
        for (int mark : copy.marks()) {
            if (values[mark] == null) {
                values[mark] = (mark == 0 ? maskedToken(request, response) : formTimer.stamp())
                        .getBytes(StandardCharsets.US_ASCII);
            }
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (copy.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, copy.etag());
        }
        ServletOutputStream out = response.getOutputStream();
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            GzipSegments.write(copy, values, response, out);
            return;
        }
        int length = copy.size();
        for (int mark : copy.marks()) {
            length += values[mark].length;
        }
        response.setContentLength(length);
        byte[][] segments = copy.segments();
        for (int i = 0; i < segments.length; i++) {
            out.write(segments[i]);
            if (i < copy.marks().length) {
                out.write(values[copy.marks()[i]]);
            }
        }
    }

    /** "gzip" among the accepted encodings, unless refused with q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private String maskedToken(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = csrfCookies.loadToken(request);
        if (token == null) {
            token = csrfCookies.generateToken(request);
            csrfCookies.saveToken(token, request, response);
        }
        CsrfToken saved = token;
        masking.handle(request, response, () -> saved);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static String mark(String name) {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return "mps-" + name + "-" + HexFormat.of().formatHex(random);
    }

    /**
     * A rendered page: its headers, and its body cut at the marks ({@code marks[i]} is the value written after
     * {@code segments[i]}; there is one segment more than marks).
     */
    /**
     * @param etag a weak ETag naming the address and version, or null when the page holds a form's signed time
     */
    record Copy(
            String version,
            String contentType,
            List<String[]> headers,
            byte[][] segments,
            int[] marks,
            int size,
            byte[][] deflated,
            String etag) {

        static Copy of(String key, String version, ContentCachingResponseWrapper response) {
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!UNSHARED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            byte[] body = response.getContentAsByteArray();
            List<byte[]> segments = new ArrayList<>();
            List<Integer> marks = new ArrayList<>();
            int start = 0;
            for (int at = 0; at < body.length; at++) {
                for (int mark = 0; mark < MARKS.length; mark++) {
                    if (startsWith(body, at, MARKS[mark])) {
                        segments.add(java.util.Arrays.copyOfRange(body, start, at));
                        marks.add(mark);
                        at += MARKS[mark].length;
                        start = at;
                        at--;
                        break;
                    }
                }
            }
            segments.add(java.util.Arrays.copyOfRange(body, start, body.length));
            int size = segments.stream().mapToInt(segment -> segment.length).sum();
            byte[][] parts = segments.toArray(byte[][]::new);
            int[] markIndexes = marks.stream().mapToInt(Integer::intValue).toArray();
            String etag = marks.contains(1) ? null : "W/\"" + digest(key + "\n" + version) + "\"";
            return new Copy(
                    version,
                    response.getContentType(),
                    List.copyOf(headers),
                    parts,
                    markIndexes,
                    size,
                    GzipSegments.deflate(parts),
                    etag);
        }

        private static String digest(String text) {
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(hash, 0, 12);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        int deflatedSize() {
            int total = 0;
            for (byte[] part : deflated) {
                total += part.length;
            }
            return total;
        }

        void writeHeaders(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_OK);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
        }

        private static boolean startsWith(byte[] body, int at, byte[] mark) {
            if (body[at] != mark[0] || at + mark.length > body.length) {
                return false;
            }
            for (int i = 1; i < mark.length; i++) {
                if (body[at + i] != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
