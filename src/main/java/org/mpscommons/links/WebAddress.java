package org.mpscommons.links;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a link may have: absolute http or https URLs with a host, and nothing else (no javascript:, no
 * mailto:, no user name or password in the address). Addresses are stored as the editor wrote them, which may hold
 * Japanese in the host or path; {@link #parse} gives the ASCII form the checker requests.
 */
final class WebAddress {

    /** The column's size; far beyond any real page's address. */
    static final int MAX_LENGTH = 2000;

    private static final Pattern PARTS = Pattern.compile("^(?i)(https?)://([^/?#]*)(.*)$", Pattern.DOTALL);
    private static final Pattern HOST_AND_PORT =
            Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]@\\\\%]+)(:\\d{1,5})?$");

    private WebAddress() {}

    /** The address in ASCII form, or empty when it is not an absolute http(s) address. */
    static Optional<URI> parse(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > MAX_LENGTH
                || text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        Matcher parts = PARTS.matcher(text);
        if (!parts.matches()) {
            return Optional.empty();
        }
        Matcher authority = HOST_AND_PORT.matcher(parts.group(2));
        if (!authority.matches()) {
            // Empty, or with a user name and password ("@"), which a link never needs and which can disguise the host.
            return Optional.empty();
        }
        String host = authority.group(1);
        String port = authority.group(2) == null ? "" : authority.group(2);
        try {
            String asciiHost = host.startsWith("[") ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            URI uri = new URI(parts.group(1).toLowerCase(Locale.ROOT) + "://" + asciiHost.toLowerCase(Locale.ROOT)
                    + port + parts.group(3));
            URI ascii = new URI(uri.toASCIIString());
            return ascii.getHost() == null || ascii.getPort() > 65535 ? Optional.empty() : Optional.of(ascii);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isValid(String text) {
        return parse(text).isPresent();
    }
}
