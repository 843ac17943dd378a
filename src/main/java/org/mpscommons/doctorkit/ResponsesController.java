package org.mpscommons.doctorkit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.Language;
import org.mpscommons.web.Page;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/**
 * "How did your doctor respond?": the form (anyone, no account needed), its thank-you page, and a member's list of
 * the responses they linked to their account. Pages that show a person's answers are never stored by any cache.
 */
@Controller
class ResponsesController {

    static final String BASE = "/doctor-kit/responses";

    private final ResponseRecording recording;
    private final ResponseRepository responses;
    private final ResponseStatistics statistics;
    private final PageFactory pages;
    private final FormTimer formTimer;

    ResponsesController(
            ResponseRecording recording,
            ResponseRepository responses,
            ResponseStatistics statistics,
            PageFactory pages,
            FormTimer formTimer) {
        this.recording = recording;
        this.responses = responses;
        this.statistics = statistics;
        this.pages = pages;
        this.formTimer = formTimer;
    }

    @GetMapping("/" + Routes.LANG + BASE + "/new")
    String initForm(
            @PathVariable Language lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        return form(lang, ResponseForm.empty(formTimer.stamp()), new FormErrors(), false, request, response, model);
    }

    @PostMapping("/" + Routes.LANG + BASE + "/new")
    String processForm(
            @PathVariable Language lang,
            @ModelAttribute ResponseForm form,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ResponseRecording.Result result = recording.record(form, member, request.getRemoteAddr());
        return switch (result.outcome()) {
            // A bot is thanked like a person, and nothing is saved.
            case SAVED, BOT -> seeOther(request, "/" + lang.code() + BASE + "/thanks");
            case INVALID ->
                form(lang, form.restarted(formTimer.stamp()), result.errors(), false, request, response, model);
            case THROTTLED -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                yield form(lang, form.restarted(formTimer.stamp()), result.errors(), true, request, response, model);
            }
        };
    }

    @GetMapping("/" + Routes.LANG + BASE + "/thanks")
    String thanks(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, BASE + "/thanks", request));
        return "doctorkit/responses-thanks";
    }

    @GetMapping("/" + Routes.LANG + BASE + "/mine")
    String mine(
            @PathVariable Language lang,
            @RequestParam(required = false) String deleted,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Page page = pages.privatePage(lang, BASE + "/mine", request);
        Labels labels = new Labels(pages.messages(lang), lang);
        var items = responses.linkedTo(member.id()).stream()
                .map(each -> new MyResponses.Item(
                        each.id(),
                        labels.month(each.visitMonth()),
                        labels.diagnosis(each.diagnosis()),
                        labels.responseInFull(each.response()),
                        labels.place(each.country(), each.prefecture()),
                        page.date(each.createdOn())))
                .toList();
        model.addAttribute("page", page);
        model.addAttribute("mine", new MyResponses(items, deleted != null));
        return "doctorkit/responses-mine";
    }

    @PostMapping("/" + Routes.LANG + BASE + "/{id}/delete")
    String delete(
            @PathVariable Language lang,
            @PathVariable long id,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request) {
        if (!responses.delete(id, member.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        statistics.changed();
        return seeOther(request, "/" + lang.code() + BASE + "/mine?deleted");
    }

    private String form(
            Language lang,
            ResponseForm form,
            FormErrors errors,
            boolean throttled,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // The page may hold the person's answers about their health.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", pages.privatePage(lang, BASE + "/new", request));
        Labels labels = new Labels(pages.messages(lang), lang);
        model.addAttribute("view", ResponseFormPage.of(form, errors, throttled, labels, lang, recording.latestMonth()));
        return "doctorkit/responses-new";
    }

    /** After a POST, 303 tells every client to GET the next page (the form is not sent again on reload). */
    private static String seeOther(HttpServletRequest request, String path) {
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:" + path;
    }
}
