package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.mpscommons.web.ReturnPath;
import org.springframework.web.util.UriUtils;

/**
 * Where a sign-in ends: the page its "sign in" link came from ({@link ReturnPath}, {@code ?next=}), carried by the
 * sign-in form, kept across a wrong password and the second factor's step. The ways in themselves are no place to
 * come back to: signed in, a member has no use for the sign-in or registration page.
 */
final class ReturnAfterSignIn {

    /** Session attribute holding it while the second factor is asked for. */
    static final String ATTRIBUTE = "mps.returnAfterSignIn";

    private static final Set<String> WAYS_IN =
            Set.of("/login", "/logout", "/register", "/password-reset", "/verify-email");

    private ReturnAfterSignIn() {}

    /** The checked path a request's {@code next} parameter names, if it is one to come back to. */
    static Optional<String> of(HttpServletRequest request) {
        return of(request.getParameter(ReturnPath.PARAMETER));
    }

    static Optional<String> of(String candidate) {
        return ReturnPath.of(candidate).filter(path -> !isWayIn(path));
    }

    /** {@code &next=…} for a redirect back to the sign-in page, so a second try still comes back; else nothing. */
    static String query(HttpServletRequest request) {
        return of(request)
                .map(path -> "&" + ReturnPath.PARAMETER + "=" + UriUtils.encodeQueryParam(path, StandardCharsets.UTF_8))
                .orElse("");
    }

    /** Keeps it in the session while the second factor is asked for. */
    static void keep(HttpServletRequest request) {
        of(request).ifPresent(path -> request.getSession().setAttribute(ATTRIBUTE, path));
    }

    /** What {@link #keep} kept, taken out of the session. */
    static Optional<String> takeKept(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String kept)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return of(kept);
    }

    private static boolean isWayIn(String path) {
        // After the language: "/en/login?x" → "/login"; "/en/register/check-email" → "/register".
        String local = path.substring(3);
        int end = indexOfAny(local, 1);
        String first = end < 0 ? local : local.substring(0, end);
        return WAYS_IN.contains(first);
    }

    private static int indexOfAny(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?') {
                return i;
            }
        }
        return -1;
    }
}
