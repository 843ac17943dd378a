package org.mpscommons.search;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.PageFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The search index of this node for admins: what it holds, and a full rebuild from the database, which runs in the
 * background while searches go on against the index as it was (the admin area's rules admit admins only).
 */
@Controller
class AdminSearchController {

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final SearchRebuilds rebuilds;
    private final AuditLog audit;
    private final PageFactory pages;

    AdminSearchController(
            SearchIndex index, SearchIndexer indexer, SearchRebuilds rebuilds, AuditLog audit, PageFactory pages) {
        this.index = index;
        this.indexer = indexer;
        this.rebuilds = rebuilds;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/search")
    String status(HttpServletRequest request, Model model) throws IOException {
        model.addAttribute("page", pages.adminPage("/admin/search", request));
        model.addAttribute(
                "view",
                new AdminSearchPage(
                        index.documents(),
                        String.format("%.1f", index.sizeOnDisk() / 1_048_576.0),
                        indexer.lastChange(),
                        indexer.lastReindex(),
                        rebuilds.running()));
        return "search/admin";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(@AuthenticationPrincipal MemberPrincipal admin) {
        if (rebuilds.start()) {
            audit.record(admin.id(), admin.displayName(), "search.rebuild", null, null, null, null);
        }
        return "redirect:/admin/search";
    }
}
