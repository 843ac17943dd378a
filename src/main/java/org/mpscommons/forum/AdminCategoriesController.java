package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.PageFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admins rename, describe and reorder the forum's categories in both languages (the admin area's rules, from
 * accounts, admit admins signed in with two factors only). Slugs stay: links and feeds depend on them.
 */
@Controller
class AdminCategoriesController {

    static final int NAME_MAX = 80;
    static final int DESCRIPTION_MAX = 400;

    private final Categories categories;
    private final AuditLog audit;
    private final PageFactory pages;

    AdminCategoriesController(Categories categories, AuditLog audit, PageFactory pages) {
        this.categories = categories;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/forum/categories")
    String list(@RequestParam(required = false) String saved, HttpServletRequest request, Model model) {
        return render(new FormErrors(), saved != null, request, model);
    }

    /** Field names end in the category's id ({@code nameEn-3}), since all categories' forms share one page. */
    @PostMapping("/admin/forum/categories/{id}")
    String save(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal MemberPrincipal admin,
            HttpServletRequest request,
            Model model) {
        Category current = categories.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String nameEn = fields.getOrDefault("nameEn-" + id, "");
        String nameJa = fields.getOrDefault("nameJa-" + id, "");
        String descriptionEn = fields.getOrDefault("descriptionEn-" + id, "");
        String descriptionJa = fields.getOrDefault("descriptionJa-" + id, "");
        int position;
        try {
            position =
                    Integer.parseInt(fields.getOrDefault("position-" + id, "").strip());
        } catch (NumberFormatException e) {
            position = current.position();
        }
        FormErrors errors = new FormErrors();
        text(nameEn.strip(), NAME_MAX, "nameEn-" + id, errors);
        text(nameJa.strip(), NAME_MAX, "nameJa-" + id, errors);
        text(descriptionEn.strip(), DESCRIPTION_MAX, "descriptionEn-" + id, errors);
        text(descriptionJa.strip(), DESCRIPTION_MAX, "descriptionJa-" + id, errors);
        if (errors.any()) {
            return render(errors, false, request, model);
        }
        categories.update(new Category(
                id,
                current.slug(),
                nameEn.strip(),
                nameJa.strip(),
                descriptionEn.strip(),
                descriptionJa.strip(),
                position,
                current.hasAnswers()));
        audit.record(admin.id(), admin.displayName(), "forum.category", null, null, "category " + current.slug(), null);
        return "redirect:/admin/forum/categories?saved";
    }

    private static void text(String value, int max, String field, FormErrors errors) {
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > max) {
            errors.reject(
                    field, max == NAME_MAX ? "admin.categories.error.name" : "admin.categories.error.description");
        }
    }

    private String render(FormErrors errors, boolean saved, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.adminPage("/admin/forum/categories", request));
        model.addAttribute("view", new AdminCategoriesPage(categories.all(), errors, saved));
        return "forum/admin-categories";
    }
}
