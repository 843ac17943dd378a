package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mpscommons.web.AdminLinks;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.PageFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin area's member pages and audit log. Only admins who signed in with two factors get here. */
@Controller
class AdminController {

    static final int PAGE_SIZE = 50;

    private final MemberRepository members;
    private final TwoFactor twoFactor;
    private final AdminActions actions;
    private final AuditLog audit;
    private final PageFactory pages;
    private final AdminLinks links;

    AdminController(
            MemberRepository members,
            TwoFactor twoFactor,
            AdminActions actions,
            AuditLog audit,
            PageFactory pages,
            AdminLinks links) {
        this.members = members;
        this.twoFactor = twoFactor;
        this.actions = actions;
        this.audit = audit;
        this.pages = pages;
        this.links = links;
    }

    @GetMapping("/admin")
    String adminRoot() {
        return "redirect:/admin/";
    }

    @GetMapping("/admin/")
    String home(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.adminPage("/admin/", request));
        model.addAttribute("links", links.all());
        return "admin/home";
    }

    @GetMapping("/admin/users")
    String users(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean suspended,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
            HttpServletRequest request,
            Model model) {
        List<Member> page = members.search(q, role, suspended, before, PAGE_SIZE);
        var withTwoFactor = twoFactor.enabledAmong(page.stream().map(Member::id).toList());
        List<AdminMember> found = page.stream()
                .map(member -> AdminMember.of(member, withTwoFactor.contains(member.id())))
                .toList();
        model.addAttribute("page", pages.adminPage("/admin/users", request));
        model.addAttribute(
                "view",
                new AdminUserListPage(
                        new AdminUserFilter(q, role, suspended),
                        found,
                        found.size() == PAGE_SIZE ? nextLink(q, role, suspended, found) : null));
        return "admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, HttpServletRequest request, Model model) {
        return userPage(id, new FormErrors(), request, model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal MemberPrincipal admin,
            HttpServletRequest request,
            Model model) {
        Set<Role> requested = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return afterAction(id, actions.changeRoles(admin, id, requested, reason), request, model);
    }

    @PostMapping("/admin/users/{id}/suspend")
    String suspend(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal MemberPrincipal admin,
            HttpServletRequest request,
            Model model) {
        return afterAction(id, actions.suspend(admin, id, reason), request, model);
    }

    @PostMapping("/admin/users/{id}/unsuspend")
    String unsuspend(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal MemberPrincipal admin,
            HttpServletRequest request,
            Model model) {
        return afterAction(id, actions.unsuspend(admin, id, reason), request, model);
    }

    @PostMapping("/admin/users/{id}/professional")
    String professional(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String profession,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal MemberPrincipal admin,
            HttpServletRequest request,
            Model model) {
        return afterAction(id, actions.verifyProfessional(admin, id, profession, reason), request, model);
    }

    @GetMapping("/admin/audit")
    String auditLog(
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, HttpServletRequest request, Model model) {
        List<AuditLog.Entry> entries = audit.page(before, PAGE_SIZE);
        model.addAttribute("page", pages.adminPage("/admin/audit", request));
        model.addAttribute("entries", entries);
        model.addAttribute(
                "next",
                entries.size() == PAGE_SIZE
                        ? "/admin/audit?before="
                                + entries.get(entries.size() - 1).id()
                        : null);
        return "admin/audit";
    }

    private String afterAction(long id, FormErrors errors, HttpServletRequest request, Model model) {
        if (errors.any()) {
            return userPage(id, errors, request, model);
        }
        return "redirect:/admin/users/" + id + "?done";
    }

    private String userPage(long id, FormErrors errors, HttpServletRequest request, Model model) {
        Member member = members.findById(id).orElseThrow(AdminActions.MemberNotFound::new);
        model.addAttribute("page", pages.adminPage("/admin/users/" + id, request));
        model.addAttribute(
                "view",
                new AdminUserPage(
                        AdminMember.of(member, twoFactor.isEnabled(id)), errors, request.getParameter("done") != null));
        return "admin/user";
    }

    private static String nextLink(String q, Role role, Boolean suspended, List<AdminMember> found) {
        StringBuilder link = new StringBuilder(
                "/admin/users?before=" + found.get(found.size() - 1).id());
        if (!q.isBlank()) {
            link.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (role != null) {
            link.append("&role=").append(role.name());
        }
        if (suspended != null) {
            link.append("&suspended=").append(suspended);
        }
        return link.toString();
    }
}
