package org.mpscommons.forum;

import org.mpscommons.content.ContentPipeline;
import org.mpscommons.content.Rendered;
import org.mpscommons.web.FormErrors;
import org.springframework.stereotype.Component;

/**
 * The rules a post's text meets wherever it is written, as a new post or as an edit: its length, what the pipeline
 * made of it, and a new member's few links, photos and mentions (what spam is made of, whether it comes in a new post
 * or is edited into an old one). The text is rendered once, for the checks and for storing.
 */
@Component
class PostText {

    private final ContentPipeline pipeline;
    private final ForumMemberRepository forumMembers;
    private final ForumProperties limits;
    private final QuoteAttributions quotes;

    PostText(
            ContentPipeline pipeline,
            ForumMemberRepository forumMembers,
            ForumProperties limits,
            QuoteAttributions quotes) {
        this.pipeline = pipeline;
        this.quotes = quotes;
        this.forumMembers = forumMembers;
        this.limits = limits;
    }

    /** @param body already cleaned ({@link PostRules#clean}) */
    Rendered checked(Writer writer, String body, FormErrors errors) {
        PostRules.body(body, errors);
        Rendered rendered = pipeline.render(body);
        PostRules.rendered(rendered, errors);
        checkNewMember(writer, rendered, errors);
        return rendered;
    }

    /**
     * Renders a draft for the Preview button as it would be saved in this language; nothing is stored.
     *
     * @param body already cleaned ({@link PostRules#clean})
     */
    Rendered preview(String body, String language) {
        return finished(pipeline.render(body), language);
    }

    /** The checked rendering as it is stored: quotes name whom they quote, in the post's language. */
    Rendered finished(Rendered checked, String language) {
        return quotes.attribute(checked, language);
    }

    /** Guests' comments are held for review anyway; known people (staff, professionals) are not new. */
    private void checkNewMember(Writer writer, Rendered rendered, FormErrors errors) {
        if (writer.isGuest()
                || writer.trusted()
                || forumMembers.approvedPosts(writer.memberId()) >= limits.newMemberPosts()) {
            return;
        }
        if (rendered.links() - QuoteAttributions.count(rendered.html()) > limits.newMemberLinks()) {
            errors.reject("body", "forum.error.newMember.links");
        } else if (rendered.images() > limits.newMemberImages()) {
            errors.reject("body", "forum.error.newMember.images");
        } else if (Mentions.in(rendered.plainText()).size() > limits.newMemberMentions()) {
            errors.reject("body", "forum.error.newMember.mentions");
        }
    }
}
