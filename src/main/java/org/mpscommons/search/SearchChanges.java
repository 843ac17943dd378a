package org.mpscommons.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

/**
 * The change log the search index follows. Features record a change in the transaction that makes it, so the log
 * and the content never disagree; each node's {@link SearchIndexer} applies the log to its own index.
 */
@Repository
@NamedInterface("spi")
public class SearchChanges {

    /** One row of the log. */
    record Change(long id, String type, long docId, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The document of this type and id changed (or appeared, or went away). */
    public void changed(String type, long docId) {
        jdbc.sql("INSERT INTO search_change (doc_type, doc_id, created_at) VALUES (:type, :id, :now)")
                .param("type", type)
                .param("id", docId)
                .param("now", SqlTime.utc(clock.instant()))
                .update();
    }

    List<Change> after(long id, int limit) {
        return jdbc.sql("SELECT id, doc_type, doc_id, created_at FROM search_change WHERE id > :id ORDER BY id "
                        + "FETCH FIRST :limit ROWS ONLY")
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new Change(
                        rs.getLong("id"),
                        rs.getString("doc_type"),
                        rs.getLong("doc_id"),
                        SqlTime.instant(rs, "created_at")))
                .list();
    }

    long last() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_change")
                .query(Long.class)
                .single();
    }

    /** Entries every node has long applied. */
    void forgetBefore(Instant before) {
        jdbc.sql("DELETE FROM search_change WHERE created_at < :before")
                .param("before", SqlTime.utc(before))
                .update();
    }
}
