package org.mpscommons.forum.drafts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Drafts saved as the member types (drafts.js), discarded on request; texts kept across a sign-in; and the call that
 * keeps a session alive when the member asks to stay signed in. Every one is a POST, so Spring Security checks its
 * form token; the answers to the script are JSON and never cached.
 */
@Controller
class DraftsController {

    private final Drafts drafts;
    private final KeptPage keptPage;

    DraftsController(Drafts drafts, KeptPage keptPage) {
        this.drafts = drafts;
        this.keptPage = keptPage;
    }

    /** drafts.js saves the form's text a moment after the member stops typing. */
    @PostMapping(value = "/" + Routes.LANG + "/forum/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> save(
            @PathVariable Language lang,
            @RequestParam String place,
            @RequestParam(required = false) String previous,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @AuthenticationPrincipal MemberPrincipal member) {
        if (member == null) {
            return json(HttpStatus.UNAUTHORIZED, "{\"signedIn\":false}");
        }
        Place at = Place.parse(place).orElseThrow(DraftsController::badRequest);
        if (title.length() > Drafts.TITLE_MAX || body.length() > Drafts.BODY_MAX) {
            return json(HttpStatus.CONTENT_TOO_LARGE, "{\"saved\":false}");
        }
        // A new topic's draft follows its category: the one saved under the category chosen before moves.
        Place.parse(previous)
                .filter(before -> before.isNewTopic() && at.isNewTopic() && !before.equals(at))
                .ifPresent(before -> drafts.clear(member.id(), before));
        drafts.save(member.id(), at, title, body);
        return json(HttpStatus.OK, "{\"saved\":true}");
    }

    /** The "discard draft" button: with JSON for the script, else back to the form, empty. */
    @PostMapping("/" + Routes.LANG + "/forum/drafts/discard")
    Object discard(
            @PathVariable Language lang,
            @RequestParam String place,
            @RequestHeader(value = "Accept", defaultValue = "") String accept,
            @AuthenticationPrincipal MemberPrincipal member) {
        Place at = Place.parse(place).orElseThrow(DraftsController::badRequest);
        boolean script = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        if (member == null) {
            return script
                    ? json(HttpStatus.UNAUTHORIZED, "{\"signedIn\":false}")
                    : "redirect:/" + lang.code() + "/login";
        }
        drafts.clear(member.id(), at);
        return script ? json(HttpStatus.OK, "{\"discarded\":true}") : "redirect:/" + lang.code() + at.boxPath();
    }

    /**
     * "Stay signed in": reaching the session is what keeps it (Spring Session moves its last use), so this only says
     * whether there still is a signed-in member.
     */
    @PostMapping(value = "/" + Routes.LANG + "/forum/drafts/alive", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> alive(@AuthenticationPrincipal MemberPrincipal member, HttpServletRequest request) {
        request.getSession(false);
        return member == null
                ? json(HttpStatus.UNAUTHORIZED, "{\"signedIn\":false}")
                : json(HttpStatus.OK, "{\"signedIn\":true}");
    }

    /**
     * The member pressed "sign in to send it" on the page that showed their text back: this browser's session holds
     * the text until they have signed in, and the sign-in leads back to the form, where it becomes their draft.
     * Already signed in again (in another tab, or by "keep me signed in"): it becomes their draft at once.
     */
    @PostMapping("/" + Routes.LANG + "/forum/keep")
    String keep(
            @PathVariable Language lang,
            @RequestParam String place,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request) {
        Place at = Place.parse(place).orElseThrow(DraftsController::badRequest);
        if (title.isBlank() && body.isBlank()) {
            return "redirect:/" + lang.code() + at.boxPath();
        }
        if (member != null) {
            drafts.save(member.id(), at, title, body);
            return "redirect:/" + lang.code() + at.boxPath();
        }
        drafts.keep(request, lang, at, title, body);
        // The form is named twice: as the session's saved request (what the sign-in follows) and as ?next=, the
        // sign-in links' own way back; either leads to the same form.
        return "redirect:/" + lang.code() + "/login?kept&next="
                + UriUtils.encodeQueryParam("/" + lang.code() + at.formPath(), StandardCharsets.UTF_8);
    }

    /**
     * Where {@link ForumRefusedForms} forwards a reply or topic whose form token was refused. Only a forward names the
     * place (a request attribute), so a browser cannot call this directly.
     */
    @PostMapping("/" + Routes.LANG + KeptPage.PATH)
    String refused(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String guestName,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!(request.getAttribute(KeptPage.PLACE) instanceof Place place)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return keptPage.show(lang, place, title, body, guestName != null, request, response, model);
    }

    private static ResponseEntity<String> json(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
