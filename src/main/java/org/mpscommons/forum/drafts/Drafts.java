package org.mpscommons.forum.drafts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mpscommons.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' unsent texts in the forum: saved as they type, restored in the same form on any device, cleared when
 * posted or discarded; and the texts kept across a sign-in when a session ended before they were sent.
 */
@Service
public class Drafts {

    /** The longest text kept: the form's own limit with room for the photos' Markdown a form adds. */
    static final int BODY_MAX = 20_000;

    static final int TITLE_MAX = 150;

    /** Drafts one member may have; the oldest go first, so a member can never fill the table. */
    static final int PER_MEMBER = 50;

    static final String KEPT = "mps.forum.keptText";

    private final DraftRepository drafts;
    private final Clock clock;
    private final Duration idle;

    Drafts(DraftRepository drafts, Clock clock, @Value("${spring.session.timeout:30m}") Duration idle) {
        this.drafts = drafts;
        this.clock = clock;
        this.idle = idle;
    }

    /** The form opens with the member's draft, if any: the text to put in the box, and what the box says. */
    public record Opened(Draft draft, DraftBox box) {}

    /** A writing form opens: see {@link #restore}. */
    @Transactional
    public Opened open(long member, Place place, HttpServletRequest request) {
        Optional<Restored> restored = restore(member, place, request);
        return restored.map(r -> new Opened(
                        r.draft(),
                        new DraftBox(
                                r.draft().place(),
                                r.kept() ? "forum.draft.kept" : "forum.draft.restored",
                                true,
                                idle.toSeconds())))
                .orElseGet(() -> new Opened(null, new DraftBox(place.key(), null, false, idle.toSeconds())));
    }

    /** A writing form shown again (to fix something, or with its preview): whether there is a draft to discard. */
    public DraftBox box(long member, Place place) {
        return new DraftBox(place.key(), null, drafts.find(member, place.key()).isPresent(), idle.toSeconds());
    }

    /** What the form opens with. */
    public record Restored(Draft draft, boolean kept) {}

    /**
     * The member's draft for this form, if any. A text this browser kept when its session had ended, for this same
     * place, becomes the member's draft first (replacing an older one): the member signed in to send it.
     */
    @Transactional
    public Optional<Restored> restore(long member, Place place, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(KEPT) instanceof KeptText kept
                && kept.place().equals(place.key())) {
            session.removeAttribute(KEPT);
            // Where the sign-in was to lead (see keep): it has led here.
            if (session.getAttribute(SAVED_REQUEST) instanceof SimpleSavedRequest) {
                session.removeAttribute(SAVED_REQUEST);
            }
            save(member, place, kept.title(), kept.body());
            return drafts.find(member, place.key()).map(draft -> new Restored(draft, true));
        }
        Optional<Draft> found = place.isNewTopic() && place.category().isEmpty()
                ? drafts.newest(member, "new:")
                : drafts.find(member, place.key());
        return found.map(draft -> new Restored(draft, false));
    }

    /** Saves what the member has written so far; an empty form leaves no draft. */
    @Transactional
    public void save(long member, Place place, String title, String body) {
        String t = clip(title, TITLE_MAX);
        String b = clip(body, BODY_MAX);
        if (t.isBlank() && b.isBlank()) {
            drafts.delete(member, place.key());
            return;
        }
        drafts.save(member, place.key(), t, b, clock.instant());
        if (drafts.count(member) > PER_MEMBER) {
            drafts.trim(member, PER_MEMBER);
        }
    }

    /** After the text was posted, or when the member discards it. */
    public void clear(long member, Place place) {
        drafts.delete(member, place.key());
    }

    /** A new topic was posted: its draft is gone, whether it was saved before or after a category was chosen. */
    public void clearNewTopic(long member, String categorySlug) {
        drafts.delete(member, Place.newTopic(categorySlug).key());
        drafts.delete(member, Place.newTopic("").key());
    }

    /** The member's drafts, for "download my data". */
    public List<Map<String, Object>> export(long member) {
        return drafts.all(member).stream()
                .map(draft -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("place", draft.place());
                    row.put("title", draft.title());
                    row.put("text", draft.body());
                    row.put("updatedAt", draft.updatedAt().toString());
                    return row;
                })
                .toList();
    }

    /** The account is deleted. */
    public void forget(long member) {
        drafts.forget(member);
    }

    /**
     * Holds a text in this browser's session until its writer has signed in, and makes the sign-in lead back to the
     * form (Spring Security's saved request, which the sign-in's success handler follows).
     */
    void keep(HttpServletRequest request, Language lang, Place place, String title, String body) {
        HttpSession session = request.getSession();
        session.setAttribute(KEPT, new KeptText(place.key(), clip(title, TITLE_MAX), clip(body, BODY_MAX)));
        session.setAttribute(SAVED_REQUEST, new SimpleSavedRequest("/" + lang.code() + place.boxPath()));
    }

    /** Whether this browser holds a text for the place, waiting for its writer to come back signed in. */
    public boolean waiting(HttpServletRequest request, Place place) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(KEPT) instanceof KeptText kept
                && kept.place().equals(place.key());
    }

    /** HttpSessionRequestCache's attribute, which the sign-in's success handler reads (its constant is not public). */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }
}
