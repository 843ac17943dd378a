package org.mpscommons.forum.moderation;

import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.Reader;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicController;
import org.mpscommons.forum.TopicReading;
import org.mpscommons.web.Language;
import org.mpscommons.web.Routes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A signed-in member flags a post for the moderators, from the post's own small form, and comes back to it. */
@Controller
class FlagController {

    private final Flags flags;
    private final TopicReading reading;

    FlagController(Flags flags, TopicReading reading) {
        this.flags = flags;
        this.reading = reading;
    }

    @PostMapping("/" + Routes.LANG + "/forum/p/{postId}/flag")
    String flag(
            @PathVariable Language lang,
            @PathVariable long postId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal MemberPrincipal member) {
        FlagReason why = FlagReason.parse(reason).orElse(FlagReason.OTHER);
        if (flags.flag(member, postId, why, note) == Flags.Outcome.NOT_ALLOWED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Post post = reading.post(postId).orElseThrow();
        Topic topic = reading.topic(post.topicId(), Reader.of(member, null)).orElseThrow();
        return "redirect:" + TopicController.location(lang, topic, post.number(), "flagged");
    }
}
