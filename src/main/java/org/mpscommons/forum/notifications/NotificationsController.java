package org.mpscommons.forum.notifications;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.mpscommons.web.UnreadNotifications;
import org.mpscommons.web.Viewer;
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
 * A member's notifications, newest first, and how they want them mailed. Every query names the signed-in member, so
 * nobody reaches another member's notifications. The unsubscribe link from a mail works without signing in.
 */
@Controller
class NotificationsController implements UnreadNotifications {

    static final int PAGE_SIZE = 30;

    private final NotificationRepository notifications;
    private final UnsubscribeLinks unsubscribe;
    private final PageFactory pages;
    private final Clock clock;

    NotificationsController(
            NotificationRepository notifications, UnsubscribeLinks unsubscribe, PageFactory pages, Clock clock) {
        this.notifications = notifications;
        this.unsubscribe = unsubscribe;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public long count(Viewer viewer) {
        return viewer instanceof MemberPrincipal member ? notifications.unread(member.id()) : 0;
    }

    /** Showing them marks them read: the list itself is what the member came to see. */
    @GetMapping("/" + Routes.LANG + "/notifications")
    String list(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        List<Notification> shown = notifications.page(member.id(), before, PAGE_SIZE);
        notifications.markRead(
                member.id(),
                shown.stream()
                        .filter(Notification::unread)
                        .map(Notification::id)
                        .toList(),
                clock.instant());
        model.addAttribute("page", pages.privatePage(lang, "/notifications", request));
        model.addAttribute("notifications", shown);
        model.addAttribute(
                "next", shown.size() == PAGE_SIZE ? shown.get(shown.size() - 1).id() : null);
        return "forum/notifications";
    }

    @PostMapping("/" + Routes.LANG + "/notifications/read")
    String markAllRead(@PathVariable Language lang, @AuthenticationPrincipal MemberPrincipal member) {
        notifications.markAllRead(member.id(), clock.instant());
        return "redirect:/" + lang.code() + "/notifications";
    }

    @GetMapping("/" + Routes.LANG + "/notifications/settings")
    String settings(
            @PathVariable Language lang,
            @RequestParam(required = false) String saved,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            Model model) {
        EmailMode mode = notifications.emailModes(List.of(member.id())).get(member.id());
        model.addAttribute("page", pages.privatePage(lang, "/notifications/settings", request));
        model.addAttribute("mode", mode.name());
        model.addAttribute("saved", saved != null);
        return "forum/notification-settings";
    }

    @PostMapping("/" + Routes.LANG + "/notifications/settings")
    String saveSettings(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal MemberPrincipal member) {
        EmailMode mode = EmailMode.parse(email);
        if (mode == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        notifications.setEmailMode(member.id(), mode);
        return "redirect:/" + lang.code() + "/notifications/settings?saved";
    }

    /** From a mail's link: a page with one button, since a mail scanner following links must not unsubscribe. */
    @GetMapping("/" + Routes.LANG + "/unsubscribe")
    String unsubscribeForm(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "0") long member,
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String done,
            HttpServletRequest request,
            Model model) {
        if (done == null && !unsubscribe.valid(member, token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", pages.privatePage(lang, "/unsubscribe", request));
        model.addAttribute("view", new UnsubscribePage(member, token, done != null));
        return "forum/unsubscribe";
    }

    @PostMapping("/" + Routes.LANG + "/unsubscribe")
    String unsubscribe(
            @PathVariable Language lang,
            @RequestParam(defaultValue = "0") long member,
            @RequestParam(required = false) String token) {
        if (!unsubscribe.valid(member, token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        notifications.setEmailMode(member, EmailMode.NEVER);
        return "redirect:/" + lang.code() + "/unsubscribe?done";
    }
}
