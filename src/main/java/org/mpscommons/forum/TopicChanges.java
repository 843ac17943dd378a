package org.mpscommons.forum;

import java.util.List;
import org.mpscommons.search.SearchChanges;
import org.springframework.stereotype.Component;

/**
 * A topic's pages changed (a write raised its version): the visitor page cache rechecks versions once the change is
 * committed, and the search index reads the topic and its posts again. The service that makes the change calls this
 * inside its write transaction, right after the write, so the search change log and the content never disagree:
 * nothing is lost between the commit and the index.
 */
@Component
public class TopicChanges {

    private final TopicVersionCache versions;
    private final SearchChanges search;

    TopicChanges(TopicVersionCache versions, SearchChanges search) {
        this.versions = versions;
        this.search = search;
    }

    public void changed(long topicId) {
        versions.changed();
        search.changed(TopicSearchSource.TYPE, topicId);
    }

    public void changed(List<Long> topicIds) {
        versions.changed();
        topicIds.forEach(id -> search.changed(TopicSearchSource.TYPE, id));
    }
}
