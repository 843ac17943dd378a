package org.mpscommons.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.forum.images.Attachments;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo chosen in the compose box, sent by editor.js at once (members only, ForumSecurity): the answer is the
 * photo's card, drawn by the same template as after the Preview button, which the script puts under the text box.
 * Without JavaScript the file goes with the form instead, and the page comes back with the card.
 */
@Controller
class PhotoCardController {

    private final Attachments attachments;
    private final PageFactory pages;

    PhotoCardController(Attachments attachments, PageFactory pages) {
        this.attachments = attachments;
        this.pages = pages;
    }

    @PostMapping("/" + Routes.LANG + "/forum/photos")
    String upload(
            @PathVariable Language lang,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String imageAlt,
            @AuthenticationPrincipal MemberPrincipal member,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws java.io.IOException {
        Attachments.Stored stored = attachments.store(member.id(), image);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        if (stored.path() == null) {
            // The reason, in the page's words, for the script to show by the file field (null: nothing else to draw).
            String key = stored.refusal() != null ? stored.refusal() : "forum.image.empty";
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            response.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8).toString());
            response.getWriter().write(pages.messages(lang).get(key));
            return null;
        }
        model.addAttribute("page", pages.privatePage(lang, "/forum/new", request));
        model.addAttribute("errors", new FormErrors());
        model.addAttribute(
                "photo",
                Composition.EMPTY.withPhoto(stored.path(), imageAlt).photos().getFirst());
        return "forum/photo-card";
    }
}
