package org.mpscommons.doctorkit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** A member's saved kit answers: listed, opened again in the kit, deleted. Only ever shown to their owner. */
@Controller
class SavedLettersController {

    private final SavedLetterRepository saved;
    private final DoctorKit kit;
    private final PageFactory pages;
    private final KitCookie cookie;

    SavedLettersController(SavedLetterRepository saved, DoctorKit kit, PageFactory pages, KitCookie cookie) {
        this.saved = saved;
        this.kit = kit;
        this.pages = pages;
        this.cookie = cookie;
    }

    @GetMapping("/" + Routes.LANG + "/doctor-kit/saved")
    String list(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", pages.privatePage(lang, "/doctor-kit/saved", request));
        model.addAttribute(
                "letters",
                saved.ownedBy(member.id()).stream()
                        .map(letter -> SavedLetterView.of(letter, kit.vocabulary(), lang.code()))
                        .toList());
        model.addAttribute("deleted", request.getParameter("deleted") != null);
        return "doctorkit/saved";
    }

    /**
     * The saved answers, put back into the kit, at the warning signs that apply to them (shown again before every letter,
     * and the table may have changed since), then on to the letter, ready to make it again or to change the answers.
     */
    @GetMapping("/" + Routes.LANG + "/doctor-kit/saved/{id}")
    String open(
            @PathVariable Language lang,
            @PathVariable long id,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response) {
        SavedLetter letter =
                saved.find(id, member.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        cookie.write(request, response, letter.answers(), 0);
        return "redirect:/" + lang.code() + KitView.path(KitStep.SIGNS.code());
    }

    @PostMapping("/" + Routes.LANG + "/doctor-kit/saved/{id}/delete")
    String delete(@PathVariable Language lang, @PathVariable long id, @AuthenticationPrincipal MemberPrincipal member) {
        if (!saved.delete(id, member.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/" + lang.code() + "/doctor-kit/saved?deleted";
    }
}
