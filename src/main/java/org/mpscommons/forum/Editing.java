package org.mpscommons.forum;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mpscommons.accounts.AuditLog;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Profile;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.content.PersonalDataCheck;
import org.mpscommons.content.Rendered;
import org.mpscommons.forum.images.ImageStore;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing and deleting posts. Authors edit their own posts (every earlier version stays in the history, which only
 * they and moderators read, and either can erase a version's text); moderators edit anyone's, with a reason that goes
 * into the history and the audit log. Authors delete their own posts; moderators hide instead, which can be undone.
 */
@Service
class Editing {

    static final int REASON_MAX = 300;

    private final PostRepository posts;
    private final TopicRepository topics;
    private final TopicChanges changes;
    private final PostText text;
    private final Profiles profiles;
    private final AuditLog audit;
    private final ImageStore images;
    private final MentionLinks mentionLinks;
    private final Clock clock;

    Editing(
            PostRepository posts,
            TopicRepository topics,
            TopicChanges changes,
            PostText text,
            Profiles profiles,
            AuditLog audit,
            ImageStore images,
            MentionLinks mentionLinks,
            Clock clock) {
        this.mentionLinks = mentionLinks;
        this.images = images;
        this.posts = posts;
        this.topics = topics;
        this.changes = changes;
        this.text = text;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Authors edit what they wrote while it can be seen or is waiting; moderators anything not deleted. */
    static boolean canEdit(Reader reader, Post post) {
        if (post.status() == PostStatus.DELETED || post.status() == PostStatus.REJECTED) {
            return false;
        }
        boolean author = post.authorId() != null && reader.wrote(post) && post.status() != PostStatus.HIDDEN;
        return author || reader.moderator();
    }

    static boolean canDelete(Reader reader, Post post) {
        return post.authorId() != null
                && reader.wrote(post)
                && (post.status() == PostStatus.VISIBLE || post.status() == PostStatus.PENDING);
    }

    /**
     * Who reads a post's earlier versions and may erase one: its writer and moderators. Everyone else learns only
     * that and when it was changed, since an edit often takes back what should not have been public (a phone number
     * posted despite the warning). A guest's comment is changed only by moderators, so its guest writer is not asked.
     */
    static boolean keepsHistory(Reader reader, Post post) {
        return reader.moderator() || isWriter(reader, post);
    }

    private static boolean isWriter(Reader reader, Post post) {
        return reader.memberId() != null && reader.memberId().equals(post.authorId());
    }

    @Transactional
    Posted edit(MemberPrincipal editor, Reader reader, Post post, Topic topic, EditForm form) {
        boolean othersPost = !reader.wrote(post);
        String body = PostRules.clean(form.body());
        String title = PostRules.clean(form.title());
        String reason = PostRules.clean(form.reason());
        FormErrors errors = new FormErrors();
        if (post.opening()) {
            PostRules.title(title, errors);
        }
        // As the editor: a new member cannot edit in what they could not post; a moderator is not new.
        Rendered rendered = text.checked(Writer.member(editor, null), body, errors);
        if (othersPost && reason.isEmpty()) {
            errors.reject("reason", "forum.error.reason.missing");
        } else if (reason.codePointCount(0, reason.length()) > REASON_MAX) {
            errors.reject("reason", "forum.error.reason.length");
        }
        if (errors.any()) {
            return new Posted.Refused(errors);
        }
        List<String> findings = PersonalDataCheck.findings((post.opening() ? title + "\n" : "") + body);
        if (!findings.isEmpty() && !"yes".equals(form.confirmPublic()) && !othersPost) {
            return new Posted.NeedsConfirmation(findings);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String language = Language.fromCode(form.language()).map(Language::code).orElse(post.language());
        boolean titleChanged = post.opening() && !title.equals(topic.title());
        posts.addRevision(
                post.id(),
                editor.id(),
                reason.isEmpty() ? null : reason,
                titleChanged ? topic.title() : null,
                post.bodySource(),
                now);
        posts.edit(post.id(), body, mentionLinks.link(text.finished(rendered, language), language), language, now);
        changes.changed(topics.touchByPost(post.id()));
        if (post.authorId() != null) {
            // Only the author's own uploads can join their post (attach checks the owner).
            images.attach(post.authorId(), post.id(), ImageStore.namesIn(body));
        }
        if (post.opening()) {
            topics.retitle(topic.id(), title, Slugs.of(title), language);
            changes.changed(topic.id());
        }
        if (othersPost) {
            audit.record(
                    editor.id(),
                    editor.displayName(),
                    "forum.edit",
                    post.authorId(),
                    null,
                    "post " + post.id() + " in topic " + topic.id(),
                    reason);
        }
        return new Posted.Saved(topic.id(), post.id(), post.number(), post.status());
    }

    /** Returns whether the whole topic went with it (an opening post nobody had answered). */
    @Transactional
    boolean delete(Post post, Topic topic) {
        posts.eraseByAuthor(post.id());
        changes.changed(topics.touchByPost(post.id()));
        if (post.opening() && topic.replyCount() == 0) {
            topics.setStatus(topic.id(), PostStatus.DELETED);
            changes.changed(topic.id());
            return true;
        }
        if (!post.opening() && post.status() == PostStatus.VISIBLE) {
            topics.replyGone(topic.id(), post.id());
            changes.changed(topic.id());
        }
        return false;
    }

    /**
     * Erases the text of one earlier version of the post (the row stays, saying when and by whom). Returns false when
     * the post has no such version or the reader may not erase it; erasing an erased version again changes nothing.
     */
    @Transactional
    boolean eraseRevision(MemberPrincipal eraser, Reader reader, Post post, long revisionId) {
        if (!keepsHistory(reader, post) || !posts.hasRevision(post.id(), revisionId)) {
            return false;
        }
        // A moderator erasing in their own post does it as its writer.
        boolean byModerator = !isWriter(reader, post);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (posts.eraseRevision(post.id(), revisionId, byModerator, now)) {
            audit.record(
                    eraser.id(),
                    eraser.displayName(),
                    "forum.eraseRevision",
                    post.authorId(),
                    null,
                    "revision " + revisionId + " of post " + post.id() + " in topic " + post.topicId(),
                    null);
        }
        return true;
    }

    /** When the post was changed, oldest first, without any earlier text: what others learn of its history. */
    List<Instant> changeDates(Post post) {
        return posts.revisionDates(post.id());
    }

    /** The post's earlier versions with their editors' names, oldest first (for its writer and moderators). */
    List<Revision> history(Post post) {
        List<Map.Entry<Long, Revision>> rows = posts.revisions(post.id());
        Map<Long, Profile> editors = profiles.authors(
                rows.stream().map(Map.Entry::getKey).filter(id -> id > 0).collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> {
                    Revision revision = row.getValue();
                    Profile editor = editors.get(row.getKey());
                    boolean byModerator =
                            post.authorId() == null || !post.authorId().equals(row.getKey());
                    return new Revision(
                            revision.id(),
                            editor == null ? null : editor.displayName(),
                            byModerator,
                            revision.reason(),
                            revision.title(),
                            revision.bodySource(),
                            revision.createdAt(),
                            revision.erasedAt(),
                            revision.erasedByModerator());
                })
                .toList();
    }
}
