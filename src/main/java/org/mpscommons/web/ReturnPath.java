package org.mpscommons.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.UriUtils;

/**
 * The page to come back to after signing in, carried as {@code ?next=} by every "sign in" link: built here from the
 * page the link is on, and checked here again when it comes back, since anyone can write a link with any {@code
 * next}. Only a path on this site in one of its languages passes, such as {@code /en/forum/t/12/neck}: never another
 * host ({@code //host}, {@code /\host}), a scheme, a dot segment, a control character or anything percent-encoded
 * after the one decoding the server already did (which is how {@code %2F%2Fhost} and its kin hide).
 */
@NamedInterface("api")
public final class ReturnPath {

    /** The parameter that carries it. */
    public static final String PARAMETER = "next";

    /** Longer than any page's path; a longer value is not one of ours. */
    static final int MAX_LENGTH = 512;

    private ReturnPath() {}

    /** The value as a path on this site (decoded, as the server hands parameters over), if it is a safe one. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (candidate.charAt(0) != '/' || Language.ofPath(candidate).isEmpty() || candidate.length() < 4) {
            return Optional.empty();
        }
        // "/en" alone is not a page path here; "/en/" and below are. ofPath allows "/en?x": it must be "/en/".
        if (candidate.charAt(3) != '/') {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\' || c == '%' || c == '#' || Character.isISOControl(c)) {
                return Optional.empty();
            }
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                return Optional.empty();
            }
        }
        String path = pathPart(candidate);
        if (path.contains("//")
                || path.contains("/./")
                || path.contains("/../")
                || path.endsWith("/.")
                || path.endsWith("/..")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** A checked path as it goes into a Location header: non-ASCII letters (Japanese slugs) percent-encoded. */
    public static String location(String checked) {
        int query = checked.indexOf('?');
        if (query < 0) {
            return UriUtils.encodePath(checked, StandardCharsets.UTF_8);
        }
        return UriUtils.encodePath(checked.substring(0, query), StandardCharsets.UTF_8)
                + "?"
                + UriUtils.encodeQuery(checked.substring(query + 1), StandardCharsets.UTF_8);
    }

    /** {@code link} (a site path) with {@code ?next=} (or {@code &next=}) naming {@code returnTo}, if that is safe. */
    public static String link(String link, String returnTo) {
        return of(returnTo)
                .map(checked -> link + (link.indexOf('?') < 0 ? "?" : "&") + PARAMETER + "="
                        + UriUtils.encodeQueryParam(checked, StandardCharsets.UTF_8))
                .orElse(link);
    }

    private static String pathPart(String candidate) {
        int query = candidate.indexOf('?');
        return query < 0 ? candidate : candidate.substring(0, query);
    }
}
