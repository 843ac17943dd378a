package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.mpscommons.accounts.Throttle;
import org.mpscommons.web.Language;
import org.mpscommons.web.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live preview behind the editor's JavaScript: a draft in, the HTML it would be saved as out. It renders through
 * {@link Posting#preview}, the path the Preview button and saving take, so what people see while typing is what
 * they get, cards and all. Visitors may use it (guests comment without an account); nothing is stored but a throttle count.
 */
@Controller
class PreviewController {

    /**
     * A browser sends at most one preview every 2 seconds (editor.js), so one person typing for the whole window
     * stays below this; several people behind one address (mobile carriers share them) rarely all type at once.
     */
    static final int PREVIEWS_PER_WINDOW = 300;

    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Posting posting;
    private final Throttle throttle;

    PreviewController(Posting posting, Throttle throttle) {
        this.posting = posting;
        this.throttle = throttle;
    }

    @PostMapping("/" + Routes.LANG + "/forum/preview")
    ResponseEntity<String> preview(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String language,
            HttpServletRequest request) {
        // The compose box's cards (a quote, photos) come as the form's fields, as with the Preview button.
        String draft = Composition.read(request).markdown(PostRules.clean(body));
        if (draft.codePointCount(0, draft.length()) > PostRules.BODY_MAX) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "");
        }
        String bucket = bucket(request.getRemoteAddr());
        // Counted and checked in one step, so that previews sent all at once are not all let through.
        if (!throttle.tryRecord(bucket, PREVIEWS_PER_WINDOW, WINDOW)) {
            return answer(HttpStatus.TOO_MANY_REQUESTS, "");
        }
        return answer(HttpStatus.OK, posting.preview(draft, language, lang).html());
    }

    static String bucket(String address) {
        return "forum-preview:" + address;
    }

    // A draft may hold health details: no cache anywhere keeps it.
    private static ResponseEntity<String> answer(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(html);
    }
}
