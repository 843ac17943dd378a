package org.mpscommons.forum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpscommons.accounts.Profile;
import org.mpscommons.accounts.Profiles;
import org.mpscommons.web.Language;
import org.springframework.stereotype.Service;

/** Topic lists for the forum's front page, category pages and feeds. */
@Service
class TopicLists {

    /** Topics per list page. */
    static final int PAGE_SIZE = 30;

    private final TopicRepository topics;
    private final Profiles profiles;

    TopicLists(TopicRepository topics, Profiles profiles) {
        this.topics = topics;
        this.profiles = profiles;
    }

    /**
     * @param languageFilter "ja", "en" or anything else (the reader's choice "all") for all languages
     * @param after the "after" parameter of a next-page link, or null
     */
    TopicListPage category(Category category, String languageFilter, String sortName, String after, Reader reader) {
        TopicList.Sort sort = TopicList.Sort.parse(sortName);
        Language language = Language.fromCode(languageFilter).orElse(null);
        TopicList.Cursor cursor = TopicList.Cursor.parse(after).orElse(null);
        boolean pinnedApart = sort == TopicList.Sort.LATEST;
        List<TopicSummary> pinned = pinnedApart && cursor == null
                ? topics.pinned(category.id(), reader.signedIn()).stream()
                        .filter(topic -> language == null || topic.language().equals(language.code()))
                        .toList()
                : List.of();
        return page(
                new TopicList(category.id(), language, sort, reader.signedIn(), cursor, PAGE_SIZE + 1),
                pinnedApart,
                pinned,
                language,
                cursor != null);
    }

    /** The whole forum, latest activity first (the front page and the feeds). */
    TopicListPage latest(String languageFilter, String after, boolean members, int size) {
        Language language = Language.fromCode(languageFilter).orElse(null);
        TopicList.Cursor cursor = TopicList.Cursor.parse(after).orElse(null);
        return page(
                new TopicList(null, language, TopicList.Sort.LATEST, members, cursor, size + 1),
                false,
                List.of(),
                language,
                cursor != null);
    }

    /** Asks for one topic more than shown: if it comes, there is a next page. */
    private TopicListPage page(
            TopicList list, boolean excludePinned, List<TopicSummary> pinned, Language language, boolean continued) {
        List<TopicSummary> found = new ArrayList<>(topics.list(list, excludePinned));
        String next = null;
        int shown = list.limit() - 1;
        if (found.size() > shown) {
            found = found.subList(0, shown);
            next = TopicList.Cursor.of(found.get(shown - 1), list.sort()).code();
        }
        Map<Long, Profile> people = people(pinned, found);
        return new TopicListPage(
                rows(pinned, people),
                rows(found, people),
                language == null ? ListLanguageChoice.ALL : language.code(),
                list.sort().code(),
                next,
                continued);
    }

    /** Everyone the rows name, their avatars with them: one query for the whole list. */
    private Map<Long, Profile> people(List<TopicSummary> pinned, List<TopicSummary> found) {
        Set<Long> ids = new HashSet<>();
        for (List<TopicSummary> part : List.of(pinned, found)) {
            for (TopicSummary topic : part) {
                if (topic.authorId() != null) {
                    ids.add(topic.authorId());
                }
                if (topic.lastReply() != null && topic.lastReply().authorId() != null) {
                    ids.add(topic.lastReply().authorId());
                }
            }
        }
        return profiles.authors(ids);
    }

    private static List<TopicRow> rows(List<TopicSummary> summaries, Map<Long, Profile> people) {
        return summaries.stream()
                .map(topic -> new TopicRow(
                        topic,
                        topic.authorId() == null
                                ? TopicRow.Person.GONE
                                : TopicRow.Person.member(people.get(topic.authorId())),
                        lastReplier(topic.lastReply(), people)))
                .toList();
    }

    private static TopicRow.Person lastReplier(TopicSummary.LastReply reply, Map<Long, Profile> people) {
        if (reply == null) {
            return null;
        }
        if (reply.authorId() != null) {
            return TopicRow.Person.member(people.get(reply.authorId()));
        }
        return reply.guestName() != null ? TopicRow.Person.guest(reply.guestName()) : TopicRow.Person.GONE;
    }
}
