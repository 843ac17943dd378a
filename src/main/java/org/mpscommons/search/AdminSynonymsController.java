package org.mpscommons.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 * Admins edit the search synonyms: the whole list in one box, in the shipped file's format, checked before it is
 * saved; a box to try what a query would also search for; earlier lists (and the shipped one) restored with a click.
 * Every save is kept and written to the audit log. The admin area's rules admit admins only.
 */
@Controller
class AdminSynonymsController {

    static final int NOTE_MAX = 200;
    private static final int HISTORY = 20;
    private static final String PATH = "/admin/search/synonyms";

    private final SynonymList synonyms;
    private final SynonymLists lists;
    private final AuditLog audit;
    private final PageFactory pages;

    AdminSynonymsController(SynonymList synonyms, SynonymLists lists, AuditLog audit, PageFactory pages) {
        this.synonyms = synonyms;
        this.lists = lists;
        this.audit = audit;
        this.pages = pages;
    }

    /** What the page shows: the list in the box, and what a tried query expands to. */
    private record Form(String text, String note, String tried, List<String> expansions) {}

    @GetMapping(PATH)
    String show(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String saved,
            HttpServletRequest request,
            Model model) {
        String tried = q == null ? "" : q.strip();
        if (tried.length() > Search.MAX_QUERY) {
            tried = tried.substring(0, Search.MAX_QUERY);
        }
        List<String> expansions =
                tried.isEmpty() ? List.of() : synonyms.synonyms().expansions(tried);
        Form form = new Form(synonyms.current().text(), "", tried, expansions);
        return render(form, new FormErrors(), List.of(), saved != null, request, model);
    }

    @PostMapping(PATH)
    String save(
            @RequestParam(defaultValue = "") String synonymsText,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal MemberPrincipal admin,
            HttpServletRequest request,
            Model model) {
        // Browsers send a textarea's line breaks as CRLF; the list is kept as the file is written.
        String text = synonymsText.replace("\r\n", "\n");
        String cleanNote = note.strip();
        FormErrors errors = new FormErrors();
        if (cleanNote.codePointCount(0, cleanNote.length()) > NOTE_MAX) {
            errors.reject("note", "admin.synonyms.error.note");
            return render(new Form(text, cleanNote, "", List.of()), errors, List.of(), false, request, model);
        }
        List<Synonyms.Problem> problems = synonyms.save(text, admin.id(), admin.displayName(), cleanNote, null);
        if (!problems.isEmpty()) {
            errors.reject("synonymsText", "admin.synonyms.error.invalid");
            return render(new Form(text, cleanNote, "", List.of()), errors, problems, false, request, model);
        }
        audit.record(
                admin.id(),
                admin.displayName(),
                "search.synonyms",
                null,
                null,
                synonyms.synonyms().size() + " groups",
                cleanNote.isEmpty() ? null : cleanNote);
        return "redirect:" + PATH + "?saved";
    }

    /** Saves an earlier list (0: the shipped one) again as the newest, so the history keeps what was replaced. */
    @PostMapping(PATH + "/{id}/restore")
    String restore(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal admin) {
        String text = synonyms.text(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // The shipped list and earlier saves passed the checks; a failure here means the checks grew stricter.
        if (!synonyms.save(text, admin.id(), admin.displayName(), "", id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        audit.record(
                admin.id(),
                admin.displayName(),
                "search.synonyms",
                null,
                null,
                "restored " + (id == 0 ? "shipped list" : "list " + id),
                null);
        return "redirect:" + PATH + "?saved";
    }

    private String render(
            Form form,
            FormErrors errors,
            List<Synonyms.Problem> problems,
            boolean saved,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.adminPage(PATH, request));
        model.addAttribute(
                "view",
                new AdminSynonymsPage(
                        form.text(),
                        form.note(),
                        form.tried(),
                        form.expansions(),
                        errors,
                        problems,
                        saved,
                        synonyms.current(),
                        synonyms.synonyms().size(),
                        lists.history(HISTORY)));
        return "search/admin-synonyms";
    }
}
