package org.mpscommons.articles;

import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for the works articles cite. */
@Repository
class ReferenceRepository {

    private static final String COLUMNS = """
            id, ref_key, authors, title, container, pub_year, details, doi, pmid, pmcid, isbn, url, evidence_type, status""";

    private static final RowMapper<Reference> REFERENCE = (rs, n) -> new Reference(
            rs.getLong("id"),
            rs.getString("ref_key"),
            rs.getString("authors"),
            rs.getString("title"),
            rs.getString("container"),
            rs.getObject("pub_year", Integer.class),
            rs.getString("details"),
            rs.getString("doi"),
            rs.getString("pmid"),
            rs.getString("pmcid"),
            rs.getString("isbn"),
            rs.getString("url"),
            rs.getString("evidence_type"),
            rs.getString("status"));

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Reference> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_reference WHERE ref_key IN (:keys)")
                .param("keys", keys)
                .query(REFERENCE)
                .list();
    }

    /** The ids of the references with these keys, in the keys' order (the order of first citation). */
    List<Long> idsInOrder(List<String> keys) {
        java.util.Map<String, Long> ids =
                byKeys(keys).stream().collect(java.util.stream.Collectors.toMap(Reference::key, Reference::id));
        return keys.stream().map(ids::get).filter(java.util.Objects::nonNull).toList();
    }

    /** What the article's current text cites, numbered in order of first citation. */
    List<Reference> citedBy(long articleId) {
        return jdbc.sql("""
                SELECT r.id, r.ref_key, r.authors, r.title, r.container, r.pub_year, r.details, r.doi, r.pmid, r.pmcid,
                    r.isbn, r.url, r.evidence_type, r.status
                FROM article_reference r JOIN article_citation c ON c.reference_id = r.id
                WHERE c.article_id = :article ORDER BY c.position
                """).param("article", articleId).query(REFERENCE).list();
    }

    List<Reference> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_reference ORDER BY ref_key")
                .query(REFERENCE)
                .list();
    }

    void insert(Reference reference, Instant now) {
        jdbc.sql("""
                INSERT INTO article_reference (ref_key, authors, title, container, pub_year, details, doi, pmid, pmcid,
                    isbn, url, evidence_type, status, created_at, updated_at)
                VALUES (:key, :authors, :title, :container, :year, :details, :doi, :pmid, :pmcid, :isbn, :url,
                    :evidence, :status, :now, :now)
                """)
                .param("key", reference.key())
                .param("authors", reference.authors())
                .param("title", reference.title())
                .param("container", reference.container())
                .param("year", reference.year())
                .param("details", reference.details())
                .param("doi", reference.doi())
                .param("pmid", reference.pmid())
                .param("pmcid", reference.pmcid())
                .param("isbn", reference.isbn())
                .param("url", reference.url())
                .param("evidence", reference.evidenceType())
                .param("status", reference.status())
                .param("now", utc(now))
                .update();
    }

    /** @param byEditor an editor's change (true), or a correction shipped with the site (false) */
    void update(Reference reference, Instant now, boolean byEditor) {
        jdbc.sql("""
                UPDATE article_reference SET authors = :authors, title = :title, container = :container,
                    pub_year = :year, details = :details, doi = :doi, pmid = :pmid, pmcid = :pmcid, isbn = :isbn,
                    url = :url, evidence_type = :evidence, status = :status, updated_at = :now,
                    edited = edited OR :byEditor
                WHERE ref_key = :key
                """)
                .param("byEditor", byEditor)
                .param("key", reference.key())
                .param("authors", reference.authors())
                .param("title", reference.title())
                .param("container", reference.container())
                .param("year", reference.year())
                .param("details", reference.details())
                .param("doi", reference.doi())
                .param("pmid", reference.pmid())
                .param("pmcid", reference.pmcid())
                .param("isbn", reference.isbn())
                .param("url", reference.url())
                .param("evidence", reference.evidenceType())
                .param("status", reference.status())
                .param("now", utc(now))
                .update();
    }

    /** How many articles cite each reference, by key. */
    java.util.Map<String, Long> citationCounts() {
        return jdbc
                .sql("""
                SELECT r.ref_key, COUNT(c.article_id) AS articles FROM article_reference r
                LEFT JOIN article_citation c ON c.reference_id = r.id GROUP BY r.ref_key
                """)
                .query((rs, n) -> java.util.Map.entry(rs.getString("ref_key"), rs.getLong("articles")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM article_reference WHERE ref_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** No editor has changed the reference since the site loaded it (shipped corrections may have). */
    boolean untouchedByEditors(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM article_reference WHERE ref_key = :key AND NOT edited")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
