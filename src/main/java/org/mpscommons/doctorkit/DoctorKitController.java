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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "ask your doctor" kit: a few short steps, then the letter as a PDF or a page to print. Each step is a page of its
 * own; its form posts the step's answers, which the patient's browser keeps in an encrypted cookie
 * ({@link KitCookie}), and the answer is a redirect to the next page, so back and forward work as on any site. It works
 * without JavaScript and keeps nothing on the server. Answers travel only in POST bodies and that cookie, never in a
 * URL, and every answer page is {@code no-store}.
 */
@Controller
class DoctorKitController {

    private final DoctorKit kit;
    private final Handout handout;
    private final PageFactory pages;
    private final KitCookie cookie;

    DoctorKitController(DoctorKit kit, Handout handout, PageFactory pages, KitCookie cookie) {
        this.kit = kit;
        this.handout = handout;
        this.pages = pages;
        this.cookie = cookie;
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

    /** The first step, and the kit's public page: what it is, then where it hurts. */
    @GetMapping("/" + Routes.LANG + "/doctor-kit")
    String start(
            @PathVariable Language lang,
            @RequestParam(required = false) String expired,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        KitCookie.Kept kept = cookie.read(request);
        if (!kept.present()) {
            if (kept.expired()) {
                // Said once: the browser forgets the old answers now.
                cookie.clear(request, response);
            }
            model.addAttribute("page", pages.page(lang, "/doctor-kit", request));
            model.addAttribute(
                    "kit",
                    kit.view(
                            KitStep.REGIONS,
                            KitAnswers.empty().withDefaultLanguage(lang.code()),
                            new FormErrors(),
                            lang.code()));
            model.addAttribute("expired", expired != null || kept.expired());
            return "doctorkit/kit";
        }
        return show(lang, KitStep.REGIONS, kept, request, response, model);
    }

    /** A later step, from the answers the browser keeps; without them (closed browser, six hours) back to the start. */
    @GetMapping("/" + Routes.LANG + "/doctor-kit/step/{code}")
    String step(
            @PathVariable Language lang,
            @PathVariable String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        KitStep step = KitStep.ofCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        KitCookie.Kept kept = cookie.read(request);
        if (!kept.present()) {
            return "redirect:/" + lang.code() + "/doctor-kit" + (kept.expired() ? "?expired" : "");
        }
        // A step is shown only once the steps before it are answered (a bookmark, or answers changed on the way).
        Optional<KitStep> earlier = kit.firstStepWithErrors(kept.answers()).filter(found -> found.compareTo(step) < 0);
        if (earlier.isPresent()) {
            return redirect(lang, earlier.get());
        }
        return show(lang, step, kept, request, response, model);
    }

    /**
     * One step answered: its fields join the kept answers, then a redirect to a page (Post/Redirect/Get, so that the
     * browser's back and forward buttons never ask to send a form again): the next step, the previous one, or this one
     * again with its problems.
     */
    @PostMapping("/" + Routes.LANG + "/doctor-kit")
    String answer(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "1") int step,
            @RequestParam(defaultValue = "next") String go,
            HttpServletRequest request,
            HttpServletResponse response) {
        KitStep current = KitStep.of(step);
        KitAnswers answers = cookie.read(request)
                .answers()
                .merged(current, request.getParameterMap())
                .withDefaultLanguage(lang.code());
        if (go.equals("back")) {
            cookie.write(request, response, answers, 0);
            return redirect(lang, current.previous().orElse(current));
        }
        boolean problems = kit.check(current, answers).any();
        cookie.write(request, response, answers, problems ? current.number() : 0);
        return redirect(lang, problems ? current : current.next().orElse(current));
    }

    /** Forgets the answers (a shared computer, or a fresh start). */
    @PostMapping("/" + Routes.LANG + "/doctor-kit/restart")
    String restart(@PathVariable Language lang, HttpServletRequest request, HttpServletResponse response) {
        cookie.clear(request, response);
        return "redirect:/" + lang.code() + "/doctor-kit";
    }

    /** The letter as a PDF to download, from the last step's post (the page stays where it is). */
    @PostMapping(value = "/" + Routes.LANG + "/doctor-kit/letter.pdf")
    Object pdf(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response) {
        KitAnswers answers = lastStep(lang, request);
        Optional<KitStep> mend = kit.firstStepWithErrors(answers);
        if (mend.isPresent()) {
            cookie.write(request, response, answers, mend.get().number());
            return redirect(lang, mend.get());
        }
        kit.keepIfAsked(member, answers);
        cookie.write(request, response, answers.withoutSave(), 0);
        return pdfOf(answers);
    }

    /** The same PDF from the kept answers: for the print page's link and a phone's "share". */
    @GetMapping(value = "/" + Routes.LANG + "/doctor-kit/letter.pdf")
    Object keptPdf(@PathVariable Language lang, HttpServletRequest request) {
        KitAnswers answers = cookie.read(request).answers();
        Optional<KitStep> mend = kit.firstStepWithErrors(answers);
        if (mend.isPresent()) {
            return redirect(lang, mend.get());
        }
        return pdfOf(answers);
    }

    /** The last step's post for the print page: kept, then a redirect to the page. */
    @PostMapping("/" + Routes.LANG + "/doctor-kit/letter")
    String printView(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response) {
        KitAnswers answers = lastStep(lang, request);
        Optional<KitStep> mend = kit.firstStepWithErrors(answers);
        if (mend.isPresent()) {
            cookie.write(request, response, answers, mend.get().number());
            return redirect(lang, mend.get());
        }
        kit.keepIfAsked(member, answers);
        cookie.write(request, response, answers.withoutSave(), 0);
        return "redirect:/" + lang.code() + "/doctor-kit/letter";
    }

    @GetMapping("/" + Routes.LANG + "/doctor-kit/letter")
    String letter(@PathVariable Language lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        KitCookie.Kept kept = cookie.read(request);
        if (!kept.present()) {
            return "redirect:/" + lang.code() + "/doctor-kit" + (kept.expired() ? "?expired" : "");
        }
        Optional<KitStep> mend = kit.firstStepWithErrors(kept.answers());
        if (mend.isPresent()) {
            return redirect(lang, mend.get());
        }
        KitAnswers answers = kept.answers();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", pages.privatePage(lang, "/doctor-kit/letter", request));
        model.addAttribute("letter", LetterView.of(kit.blocks(answers, pages.baseUrl()), answers.letterLanguage()));
        model.addAttribute("kit", kit.view(KitStep.LETTER, answers, new FormErrors(), lang.code(), true));
        return "doctorkit/letter";
    }

    /** The last step's fields joined to the kept answers, or every answer when a hand-made post sends them all. */
    private KitAnswers lastStep(Language lang, HttpServletRequest request) {
        return cookie.read(request)
                .answers()
                .merged(KitStep.LETTER, request.getParameterMap())
                .withDefaultLanguage(lang.code());
    }

    private ResponseEntity<byte[]> pdfOf(KitAnswers answers) {
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

    private String show(
            Language lang,
            KitStep step,
            KitCookie.Kept kept,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        KitAnswers answers = kept.answers().withDefaultLanguage(lang.code());
        FormErrors errors = kept.attempted() == step.number() ? kit.check(step, answers) : new FormErrors();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute(
                "page",
                step == KitStep.REGIONS
                        ? pages.page(lang, "/doctor-kit", request)
                        : pages.privatePage(lang, "/doctor-kit", request));
        model.addAttribute("kit", kit.view(step, answers, errors, lang.code(), true));
        model.addAttribute("expired", false);
        return "doctorkit/kit";
    }

    private static String redirect(Language lang, KitStep step) {
        return "redirect:/" + lang.code() + KitView.path(step.code());
    }

    private static String lettersFileName(String language) {
        return "ja".equals(language) ? "letter-to-doctor-ja.pdf" : "letter-to-doctor-en.pdf";
    }
}
