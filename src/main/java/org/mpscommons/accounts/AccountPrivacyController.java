package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** "Download my data" and "delete my account": both only right after the password (and code) are given again. */
@Controller
class AccountPrivacyController {

    private final Reauthentication reauthentication;
    private final AccountData data;
    private final AccountDeletion deletion;
    private final PageFactory pages;
    private final JsonMapper json;
    private final Clock clock;

    AccountPrivacyController(
            Reauthentication reauthentication,
            AccountData data,
            AccountDeletion deletion,
            PageFactory pages,
            JsonMapper json,
            Clock clock) {
        this.reauthentication = reauthentication;
        this.data = data;
        this.deletion = deletion;
        this.pages = pages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/" + Routes.LANG + "/account/export")
    String exportForm(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        return form("accounts/export", "/account/export", lang, member, new FormErrors(), request, model);
    }

    /** Answers with the JSON file, or with the form again when the password or code was wrong. */
    @PostMapping("/" + Routes.LANG + "/account/export")
    String export(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        FormErrors errors = reauthentication.check(member.id(), password, code, request);
        if (errors.any()) {
            return form("accounts/export", "/account/export", lang, member, errors, request, model);
        }
        String file = "mps-commons-data-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        json.writerWithDefaultPrettyPrinter()
                .writeValue(response.getOutputStream(), data.export(member.id(), clock.instant()));
        return null;
    }

    @GetMapping("/" + Routes.LANG + "/account/delete")
    String deleteForm(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        return form("accounts/delete", "/account/delete", lang, member, new FormErrors(), request, model);
    }

    @PostMapping("/" + Routes.LANG + "/account/delete")
    String delete(
            @PathVariable Language lang,
            @AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "") String posts,
            HttpServletRequest request,
            Model model) {
        FormErrors errors = reauthentication.check(member.id(), password, code, request);
        if (!posts.equals("keep") && !posts.equals("delete")) {
            errors.reject("posts-keep", "form.delete.choose");
        }
        if (errors.any()) {
            return form("accounts/delete", "/account/delete", lang, member, errors, request, model);
        }
        deletion.delete(member.id(), posts.equals("delete"));
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/" + lang.code() + "/account-deleted";
    }

    @GetMapping("/" + Routes.LANG + "/account-deleted")
    String deleted(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.privatePage(lang, "/account-deleted", request));
        return "accounts/deleted";
    }

    private String form(
            String view,
            String path,
            Language lang,
            MemberPrincipal member,
            FormErrors errors,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.privatePage(lang, path, request));
        model.addAttribute("errors", errors);
        model.addAttribute("needsCode", reauthentication.needsCode(member.id()));
        return view;
    }
}
