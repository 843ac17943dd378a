package org.mpscommons.forum.drafts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpscommons.web.RefusedFormRescue;
import org.springframework.stereotype.Component;

/**
 * A reply or a new topic whose form token was refused (typically: the browser dropped every cookie while the member
 * was writing) is shown back to the browser that sent it, instead of a bare 403 that loses it. Nothing is saved here:
 * the request may have come from another site, so the text only returns as a form this browser must send again
 * itself (with a fresh token) before it is kept, and is posted only by the member's own click after signing in.
 */
@Component
class ForumRefusedForms implements RefusedFormRescue {

    private static final Pattern REPLY = Pattern.compile("/(en|ja)/forum/t/([1-9][0-9]{0,17})/reply");
    private static final Pattern NEW_TOPIC = Pattern.compile("/(en|ja)/forum/new");

    @Override
    public Optional<String> forwardPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String body = request.getParameter("body");
        if (!"POST".equals(request.getMethod()) || body == null || body.isBlank()) {
            return Optional.empty();
        }
        Matcher reply = REPLY.matcher(uri);
        if (reply.matches()) {
            request.setAttribute(KeptPage.PLACE, Place.topic(Long.parseLong(reply.group(2))));
            return Optional.of("/" + reply.group(1) + KeptPage.PATH);
        }
        Matcher newTopic = NEW_TOPIC.matcher(uri);
        if (newTopic.matches()) {
            request.setAttribute(KeptPage.PLACE, Place.newTopic(request.getParameter("category")));
            return Optional.of("/" + newTopic.group(1) + KeptPage.PATH);
        }
        return Optional.empty();
    }
}
