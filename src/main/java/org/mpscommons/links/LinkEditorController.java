package org.mpscommons.links;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
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

/**
 * Editors keep the link list: add, change and delete links, confirm them by hand, and run the checker. LinksSecurity
 * admits editors and admins signed in with two factors only. After each action the list says what happened.
 */
@Controller
class LinkEditorController {

    private static final String BASE = "/" + Routes.LANG + "/links/edit";

    /** The list's notice after each action, by the {@code done} parameter of the redirect. */
    private static final Map<String, String> NOTICES = Map.of(
            "added", "links.edit.done.added",
            "saved", "links.edit.done.saved",
            "deleted", "links.edit.done.deleted",
            "confirmed", "links.edit.done.confirmed",
            "checked", "links.edit.done.checked",
            "newAddress", "links.edit.done.newAddress",
            "started", "links.edit.done.started",
            "busy", "links.edit.done.busy");

    private final LinkRepository links;
    private final LinkEditing editing;
    private final LinkCheckJob checks;
    private final PageFactory pages;

    LinkEditorController(LinkRepository links, LinkEditing editing, LinkCheckJob checks, PageFactory pages) {
        this.links = links;
        this.editing = editing;
        this.checks = checks;
        this.pages = pages;
    }

    @GetMapping(BASE)
    String list(
            @PathVariable Language lang,
            @RequestParam(required = false) String done,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/links/edit", request));
        model.addAttribute("sections", LinkSections.of(links.all()));
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return "links/edit-list";
    }

    @GetMapping(BASE + "/new")
    String addForm(
            @PathVariable Language lang,
            @RequestParam(required = false) String kind,
            HttpServletRequest request,
            Model model) {
        return form(lang, null, LinkForm.empty(LinkKind.fromCode(kind).orElse(null)), new FormErrors(), request, model);
    }

    @PostMapping(BASE + "/new")
    String add(
            @PathVariable Language lang,
            @ModelAttribute LinkForm form,
            @AuthenticationPrincipal MemberPrincipal editor,
            HttpServletRequest request,
            Model model) {
        return switch (editing.add(editor, form)) {
            case LinkEditing.Saving.Saved saved -> done(lang, "added", saved.id());
            case LinkEditing.Saving.Refused refused -> form(lang, null, form, refused.errors(), request, model);
        };
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String editForm(@PathVariable Language lang, @PathVariable long id, HttpServletRequest request, Model model) {
        Link link = link(id);
        return form(lang, link, LinkForm.of(link), new FormErrors(), request, model);
    }

    @PostMapping(BASE + "/{id:\\d+}")
    String edit(
            @PathVariable Language lang,
            @PathVariable long id,
            @ModelAttribute LinkForm form,
            @AuthenticationPrincipal MemberPrincipal editor,
            HttpServletRequest request,
            Model model) {
        Link link = link(id);
        return switch (editing.update(editor, link, form)) {
            case LinkEditing.Saving.Saved saved -> done(lang, "saved", id);
            case LinkEditing.Saving.Refused refused -> form(lang, link, form, refused.errors(), request, model);
        };
    }

    @GetMapping(BASE + "/{id:\\d+}/delete")
    String confirmDelete(@PathVariable Language lang, @PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/links/edit/" + id + "/delete", request));
        model.addAttribute("link", link(id));
        return "links/delete";
    }

    @PostMapping(BASE + "/{id:\\d+}/delete")
    String delete(@PathVariable Language lang, @PathVariable long id, @AuthenticationPrincipal MemberPrincipal editor) {
        editing.delete(editor, link(id));
        return "redirect:/" + lang.code() + "/links/edit?done=deleted";
    }

    /** An editor opened the address and confirms by hand that it is the right page. */
    @PostMapping(BASE + "/{id:\\d+}/confirm")
    String confirm(
            @PathVariable Language lang, @PathVariable long id, @AuthenticationPrincipal MemberPrincipal editor) {
        editing.markEditorChecked(editor, link(id));
        return done(lang, "confirmed", id);
    }

    @PostMapping(BASE + "/{id:\\d+}/check")
    String check(@PathVariable Language lang, @PathVariable long id, @AuthenticationPrincipal MemberPrincipal editor) {
        Link link = link(id);
        if (!link.hasUrl()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        checks.checkOne(editor, link);
        return done(lang, "checked", id);
    }

    @PostMapping(BASE + "/{id:\\d+}/new-address")
    String useNewAddress(
            @PathVariable Language lang, @PathVariable long id, @AuthenticationPrincipal MemberPrincipal editor) {
        if (!editing.useNewAddress(editor, link(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return done(lang, "newAddress", id);
    }

    @PostMapping(BASE + "/check-all")
    String checkAll(@PathVariable Language lang, @AuthenticationPrincipal MemberPrincipal editor) {
        return "redirect:/" + lang.code() + "/links/edit?done=" + (checks.startAll(editor) ? "started" : "busy");
    }

    private Link link(long id) {
        return links.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String done(Language lang, String what, long id) {
        return "redirect:/" + lang.code() + "/links/edit?done=" + what + "#link-" + id;
    }

    private String form(
            Language lang, Link link, LinkForm form, FormErrors errors, HttpServletRequest request, Model model) {
        String path = link == null ? "/links/edit/new" : "/links/edit/" + link.id();
        model.addAttribute("page", pages.privatePage(lang, path, request));
        model.addAttribute("view", new LinkEditPage(link, form, errors));
        return "links/edit-form";
    }
}
