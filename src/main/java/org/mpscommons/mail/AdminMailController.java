package org.mpscommons.mail;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mpscommons.web.PageFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox for admins: on a site without SMTP this is where mail is read (and where a verification link can be
 * passed on by hand); with SMTP it shows what was sent and what failed. Access is ruled by accounts (/admin/**).
 */
@Controller
class AdminMailController {

    private static final int PAGE_SIZE = 50;

    private final MailRepository outbox;
    private final PageFactory pages;

    AdminMailController(MailRepository outbox, PageFactory pages) {
        this.outbox = outbox;
        this.pages = pages;
    }

    @GetMapping("/admin/mail")
    String list(
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, HttpServletRequest request, Model model) {
        List<OutboxMail> mails = outbox.page(before, PAGE_SIZE);
        model.addAttribute("page", pages.adminPage("/admin/mail", request));
        model.addAttribute("mails", mails);
        model.addAttribute(
                "next",
                mails.size() == PAGE_SIZE
                        ? "/admin/mail?before=" + mails.get(mails.size() - 1).id()
                        : null);
        return "mail/outbox";
    }

    @GetMapping("/admin/mail/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        OutboxMail mail = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", pages.adminPage("/admin/mail/" + id, request));
        model.addAttribute("mail", mail);
        return "mail/message";
    }
}
