package org.mpscommons.articles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The references the site cites, for editors: the list with every identifier, and a form to add or correct one. */
@Controller
class ReferenceController {

    private final ReferenceEditing editing;
    private final ReferenceRepository references;
    private final PageFactory pages;

    ReferenceController(ReferenceEditing editing, ReferenceRepository references, PageFactory pages) {
        this.editing = editing;
        this.references = references;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + "/editors/references")
    String list(
            @PathVariable Language lang,
            @RequestParam(required = false) String done,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        editor(member);
        model.addAttribute("page", pages.privatePage(lang, "/editors/references", request));
        model.addAttribute(
                "view",
                new ReferenceListPage(
                        references.all(),
                        references.citationCounts(),
                        "saved".equals(done) ? "references.saved" : null));
        return "articles/references";
    }

    @GetMapping("/" + Routes.LANG + "/editors/references/new")
    String add(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        return form(lang, null, ReferenceForm.empty(), new FormErrors(), request, response, model);
    }

    @PostMapping("/" + Routes.LANG + "/editors/references/new")
    String create(
            @PathVariable Language lang,
            @ModelAttribute ReferenceForm form,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        FormErrors errors = editing.save(member, null, form);
        return errors.any()
                ? form(lang, null, form, errors, request, response, model)
                : "redirect:/" + lang.code() + "/editors/references?done=saved";
    }

    @GetMapping("/" + Routes.LANG + "/editors/references/{key}")
    String edit(
            @PathVariable Language lang,
            @PathVariable String key,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        Reference reference = editing.find(key).orElseThrow(ArticleController::notFound);
        return form(lang, reference, ReferenceForm.of(reference), new FormErrors(), request, response, model);
    }

    @PostMapping("/" + Routes.LANG + "/editors/references/{key}")
    String save(
            @PathVariable Language lang,
            @PathVariable String key,
            @ModelAttribute ReferenceForm form,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        editor(member);
        Reference reference = editing.find(key).orElseThrow(ArticleController::notFound);
        FormErrors errors = editing.save(member, reference, form);
        return errors.any()
                ? form(lang, reference, form, errors, request, response, model)
                : "redirect:/" + lang.code() + "/editors/references?done=saved";
    }

    private String form(
            Language lang,
            Reference reference,
            ReferenceForm form,
            FormErrors errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = reference == null ? "/editors/references/new" : "/editors/references/" + reference.key();
        model.addAttribute("page", pages.privatePage(lang, path, request));
        model.addAttribute("view", new ReferenceEditPage(reference, form, errors));
        return "articles/reference-edit";
    }

    private static void editor(MemberPrincipal member) {
        if (!ArticleReading.isEditor(member)) {
            throw ArticleController.notFound();
        }
    }
}
