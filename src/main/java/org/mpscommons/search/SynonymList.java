package org.mpscommons.search;

import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The synonyms queries are expanded with: the newest list an admin saved, or the shipped one until then. Each node
 * asks the database every few seconds whether a newer list was saved (through any node) and reads it then; the node
 * that saves reads it at once. Synonyms apply to queries only, so a new list needs no reindex.
 */
@Component
public class SynonymList {

    /** What this node uses now; {@code id} 0 is the shipped list. */
    public record Current(long id, String text, Synonyms synonyms) {}

    private final SynonymLists lists;
    private volatile Current current;

    SynonymList(SynonymLists lists) {
        this.lists = lists;
        this.current = shipped();
        refresh();
    }

    Current current() {
        return current;
    }

    Synonyms synonyms() {
        return current.synonyms();
    }

    @Scheduled(
            fixedDelayString = "${mps.search.synonyms-poll:PT2S}",
            initialDelayString = "${mps.search.synonyms-poll:PT2S}")
    void refresh() {
        long newest = lists.newestId();
        if (newest == current.id()) {
            return;
        }
        // A list that no longer passes today's checks (none should: saving checks) is not worth failing searches.
        current = lists.body(newest)
                .filter(text -> Synonyms.problems(text).isEmpty())
                .map(text -> new Current(newest, text, Synonyms.parse(text)))
                .orElseGet(SynonymList::shipped);
    }

    /**
     * Saves a list as the newest and uses it on this node at once; returns what is wrong with it instead, having
     * saved nothing.
     */
    List<Synonyms.Problem> save(String text, Long memberId, String memberName, String note, Long restoredFrom) {
        List<Synonyms.Problem> problems = Synonyms.problems(text);
        if (problems.isEmpty()) {
            lists.save(text, Synonyms.parse(text).size(), memberId, memberName, note, restoredFrom);
            refresh();
        }
        return problems;
    }

    /** A saved list's text; 0 is the shipped list. */
    Optional<String> text(long id) {
        return id == 0 ? Optional.of(Synonyms.shippedText()) : lists.body(id);
    }

    private static Current shipped() {
        String text = Synonyms.shippedText();
        return new Current(0, text, Synonyms.parse(text));
    }
}
