package org.mpscommons.forum.notifications;

import org.mpscommons.web.SiteSecret;
import org.springframework.stereotype.Component;

/**
 * The link in every notification mail that stops them in one click, without signing in: it names the member and
 * carries the site's signature of that name, so nobody can stop another member's mail by changing the number.
 */
@Component
class UnsubscribeLinks {

    private final SiteSecret secret;

    UnsubscribeLinks(SiteSecret secret) {
        this.secret = secret;
    }

    String path(String lang, long memberId) {
        return "/" + lang + "/unsubscribe?member=" + memberId + "&token=" + token(memberId);
    }

    boolean valid(long memberId, String token) {
        return token != null && secret.verify(purpose(memberId), token);
    }

    private String token(long memberId) {
        return secret.sign(purpose(memberId));
    }

    private static String purpose(long memberId) {
        return "unsubscribe:" + memberId;
    }
}
