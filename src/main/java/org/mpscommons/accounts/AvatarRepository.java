package org.mpscommons.accounts;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The SQL for profile pictures (table member_avatar). */
@Repository
class AvatarRepository {

    private static final RowMapper<StoredAvatar> AVATAR = (rs, n) -> new StoredAvatar(
            rs.getLong("member_id"),
            rs.getString("name"),
            rs.getString("extension"),
            rs.getString("content_type"),
            rs.getBytes("small_bytes"),
            rs.getBytes("large_bytes"),
            instant(rs, "created_at"));

    private final JdbcClient jdbc;

    AvatarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member has one picture: a new one replaces the last, in one transaction. */
    @Transactional
    void save(StoredAvatar avatar) {
        remove(avatar.memberId());
        jdbc.sql("""
                INSERT INTO member_avatar (member_id, name, extension, content_type, small_bytes, large_bytes,
                    created_at)
                VALUES (:member, :name, :extension, :contentType, :small, :large, :now)
                """)
                .param("member", avatar.memberId())
                .param("name", avatar.name())
                .param("extension", avatar.extension())
                .param("contentType", avatar.contentType())
                .param("small", avatar.small())
                .param("large", avatar.large())
                .param("now", utc(avatar.createdAt()))
                .update();
    }

    boolean remove(long memberId) {
        return jdbc.sql("DELETE FROM member_avatar WHERE member_id = :member")
                        .param("member", memberId)
                        .update()
                > 0;
    }

    Optional<StoredAvatar> byName(String name) {
        return jdbc.sql("""
                SELECT member_id, name, extension, content_type, small_bytes, large_bytes, created_at
                FROM member_avatar WHERE name = :name
                """).param("name", name).query(AVATAR).optional();
    }

    Optional<StoredAvatar> ofMember(long memberId) {
        return jdbc.sql("""
                SELECT member_id, name, extension, content_type, small_bytes, large_bytes, created_at
                FROM member_avatar WHERE member_id = :member
                """).param("member", memberId).query(AVATAR).optional();
    }

    /** A stored picture in its two sizes ({@link Avatar#SMALL} and {@link Avatar#LARGE} pixels a side). */
    record StoredAvatar(
            long memberId,
            String name,
            String extension,
            String contentType,
            byte[] small,
            byte[] large,
            Instant createdAt) {}
}
