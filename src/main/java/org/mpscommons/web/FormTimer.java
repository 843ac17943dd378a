package org.mpscommons.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Tells people from bots on public forms: the form carries a signed time of rendering, and a submission that comes
 * back faster than a person could fill the form (or with a missing or forged time) is treated as a bot.
 */
@Component
@NamedInterface("api")
public class FormTimer {

    /** A form left open longer than this is stale; the person just submits it again. */
    private static final Duration MAX_AGE = Duration.ofHours(12);

    private final SiteSecret secret;
    private final Clock clock;
    private final Duration minFillTime;

    /** @param minFillTime even a fast typist with a password manager needs about 3 s for a form of three fields */
    FormTimer(SiteSecret secret, Clock clock, @Value("${mps.forms.min-fill-time:PT3S}") Duration minFillTime) {
        this.secret = secret;
        this.clock = clock;
        this.minFillTime = minFillTime;
    }

    /** The value of the form's hidden {@code started} field. */
    public String stamp() {
        return stampNow();
    }

    /**
     * The value of the {@code started} field of a form in a page that may be kept for every visitor: a stand-in
     * there, which {@link VisitorPageCache} replaces with each visitor's own time.
     */
    public String stamp(jakarta.servlet.http.HttpServletRequest request) {
        return VisitorPageCache.capturing(request) ? VisitorPageCache.FORM_STARTED_MARK : stampNow();
    }

    private String stampNow() {
        String millis = Long.toString(clock.millis());
        return millis + "." + secret.sign("form-started:" + millis);
    }

    /** Whether a submission with this stamp came back too fast, or with a stamp this site did not make. */
    public boolean looksAutomated(String stamp) {
        if (stamp == null) {
            return true;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1 || !secret.verify("form-started:" + stamp.substring(0, dot), stamp.substring(dot + 1))) {
            return true;
        }
        long started;
        try {
            started = Long.parseLong(stamp.substring(0, dot));
        } catch (NumberFormatException e) {
            return true;
        }
        long elapsed = clock.millis() - started;
        return elapsed < minFillTime.toMillis() || elapsed > MAX_AGE.toMillis();
    }
}
