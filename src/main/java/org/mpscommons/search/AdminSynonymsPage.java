package org.mpscommons.search;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What the admin's synonyms page shows: the list in the box (or as sent, when it comes back with errors), what a
 * tried query expands to, the list in use and the earlier ones that can be restored.
 *
 * @param tried the query tried, or empty
 * @param problems the lines of a refused list that break the format, with what is wrong
 * @param saved a list has just been saved or restored
 * @param groups the number of synonym groups in the list in use
 */
public record AdminSynonymsPage(
        String text,
        String note,
        String tried,
        List<String> expansions,
        FormErrors errors,
        List<Synonyms.Problem> problems,
        boolean saved,
        SynonymList.Current current,
        int groups,
        List<SynonymLists.Saved> history) {

    public int noteMax() {
        return AdminSynonymsController.NOTE_MAX;
    }

    public int maxChars() {
        return Synonyms.MAX_CHARS;
    }
}
