package org.mpscommons.doctorkit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "ask your doctor" kit: a few short steps, each a plain form post that carries the earlier answers in hidden
 * fields (works without JavaScript, keeps nothing on the server), then the letter as a PDF or a page to print. Answers
 * travel only in POST bodies, never in a URL, and every answer page is {@code no-store}.
 */
@Controller
class DoctorKitController {

    private final DoctorKit kit;
    private final Handout handout;
    private final PageFactory pages;

    DoctorKitController(DoctorKit kit, Handout handout, PageFactory pages) {
        this.kit = kit;
        this.handout = handout;
        this.pages = pages;
    }

    /** The same file for everyone, in the language of its address. */
    @GetMapping("/" + Routes.LANG + "/doctor-kit/handout.pdf")
    ResponseEntity<byte[]> handout(@PathVariable Language lang, HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("mps-for-doctors-" + lang.code() + ".pdf")
                                .build()
                                .toString())
                .body(handout.pdf(lang.code(), pages.baseUrl()));
    }

    @GetMapping("/" + Routes.LANG + "/doctor-kit")
    String start(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, "/doctor-kit", request));
        model.addAttribute(
                "kit",
                kit.view(
                        KitStep.REGIONS,
                        KitAnswers.empty().withDefaultLanguage(lang.code()),
                        new FormErrors(),
                        lang.code()));
        return "doctorkit/kit";
    }

    /** One step answered: check it and go on, or go back without checking. */
    @PostMapping("/" + Routes.LANG + "/doctor-kit")
    String step(
            @PathVariable Language lang,
            @ModelAttribute KitAnswers posted,
            @RequestParam(defaultValue = "1") int step,
            @RequestParam(defaultValue = "next") String go,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        KitStep current = KitStep.of(step);
        KitAnswers answers = current == KitStep.TREATMENTS ? posted.withEffects(request.getParameterMap()) : posted;
        answers = answers.withDefaultLanguage(lang.code());
        if (go.equals("back")) {
            return show(lang, current.previous().orElse(current), answers, new FormErrors(), request, response, model);
        }
        FormErrors errors = kit.check(current, answers);
        KitStep next = errors.any() ? current : current.next().orElse(current);
        return show(lang, next, answers, errors, request, response, model);
    }

    @PostMapping(value = "/" + Routes.LANG + "/doctor-kit/letter.pdf")
    Object pdf(
            @PathVariable Language lang,
            @ModelAttribute KitAnswers answers,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<String> refused = refusedElseKept(lang, answers, member, request, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] pdf = kit.pdf(answers, pages.baseUrl());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(lettersFileName(answers.letterLanguage()))
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping("/" + Routes.LANG + "/doctor-kit/letter")
    String printView(
            @PathVariable Language lang,
            @ModelAttribute KitAnswers answers,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<String> refused = refusedElseKept(lang, answers, member, request, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", pages.privatePage(lang, "/doctor-kit/letter", request));
        model.addAttribute("letter", LetterView.of(kit.blocks(answers, pages.baseUrl()), answers.letterLanguage()));
        model.addAttribute("kit", kit.view(KitStep.LETTER, answers, new FormErrors(), lang.code()));
        return "doctorkit/letter";
    }

    /**
     * The step with the first problem when the answers cannot make a letter (only a hand-made post gets here);
     * otherwise empty, the answers kept first if a member asked.
     */
    private Optional<String> refusedElseKept(
            Language lang,
            KitAnswers answers,
            MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<KitStep> mend = kit.firstStepWithErrors(answers);
        if (mend.isEmpty()) {
            kit.keepIfAsked(member, answers);
        }
        return mend.map(step -> show(lang, step, answers, kit.check(step, answers), request, response, model));
    }

    private String show(
            Language lang,
            KitStep step,
            KitAnswers answers,
            FormErrors errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", pages.privatePage(lang, "/doctor-kit", request));
        model.addAttribute("kit", kit.view(step, answers, errors, lang.code()));
        return "doctorkit/kit";
    }

    private static String lettersFileName(String language) {
        return "ja".equals(language) ? "letter-to-doctor-ja.pdf" : "letter-to-doctor-en.pdf";
    }
}
