package org.mpscommons.forum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for what the forum keeps about a member (table forum_member). */
@Repository
public class ForumMemberRepository {

    private final JdbcClient jdbc;

    ForumMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int approvedPosts(long memberId) {
        return jdbc.sql("SELECT approved_posts FROM forum_member WHERE member_id = :id")
                .param("id", memberId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Standard MERGE: PostgreSQL (15+) and H2 both run it, and it is safe when two approvals race. */
    public void countApproval(long memberId) {
        jdbc.sql("""
                MERGE INTO forum_member m USING (VALUES (CAST(:id AS BIGINT))) AS v (member_id)
                ON m.member_id = v.member_id
                WHEN MATCHED THEN UPDATE SET approved_posts = m.approved_posts + 1
                WHEN NOT MATCHED THEN INSERT (member_id, approved_posts) VALUES (v.member_id, 1)
                """).param("id", memberId).update();
    }

    void forget(long memberId) {
        jdbc.sql("DELETE FROM forum_member WHERE member_id = :id")
                .param("id", memberId)
                .update();
    }
}
