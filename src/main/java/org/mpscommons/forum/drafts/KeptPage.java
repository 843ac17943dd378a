package org.mpscommons.forum.drafts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Shows a text back to the browser that sent it, when it came from a member's form but no member is signed in any
 * more: the session ended while they wrote (idle too long), or the browser lost its cookies. Such a text is never
 * posted as a guest's comment (the member would not know their words went out under another name, waiting for
 * review), and never saved here: the page only offers to sign in and keep it.
 */
@Component
public class KeptPage {

    private static final Logger log = LoggerFactory.getLogger(KeptPage.class);

    /** Where {@link ForumRefusedForms} forwards a refused form, after the language. */
    static final String PATH = "/forum/kept";

    /** Request attribute naming the refused form's place; only a forward sets it, never a client. */
    static final String PLACE = KeptPage.class.getName() + ".place";

    private final PageFactory pages;
    private final Duration idle;

    KeptPage(PageFactory pages, @Value("${spring.session.timeout:30m}") Duration idle) {
        this.pages = pages;
        this.idle = idle;
    }

    /** Renders the page; returns the view's name. */
    public String show(
            Language lang,
            Place place,
            String title,
            String body,
            boolean guest,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // Who and where only: the text is the member's, and may hold health details.
        log.info(
                "A text sent without a signed-in session was shown back ({}) to {}",
                place.key(),
                request.getRemoteAddr());
        model.addAttribute("page", pages.privatePage(lang, place.formPath(), request));
        model.addAttribute(
                "view",
                new KeptView(
                        place,
                        Drafts.clip(title, Drafts.TITLE_MAX),
                        Drafts.clip(body, Drafts.BODY_MAX),
                        guest,
                        idle.toMinutes()));
        // A text that may hold health details: no cache, and no back-forward cache, keeps this page.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "forum/kept";
    }
}
