package org.mpscommons.accounts;

import static org.mpscommons.web.SqlTime.instant;
import static org.mpscommons.web.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpscommons.web.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of members and their roles. Emails are compared lower-cased, display names by their case-free key. */
@Repository
class MemberRepository {

    private static final String COLUMNS = "id, display_name, email, email_verified_at, password_hash, language,"
            + " created_at, suspended_reason, profession";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MemberRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static String displayKey(String displayName) {
        return displayName.strip().toLowerCase(Locale.ROOT);
    }

    Optional<Member> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE email = :email")
                .param("email", emailKey(email))
                .query(this::member)
                .optional()
                .map(member -> withRoles(List.of(member)).get(0));
    }

    Optional<Member> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE id = :id")
                .param("id", id)
                .query(this::member)
                .optional()
                .map(member -> withRoles(List.of(member)).get(0));
    }

    boolean displayNameTaken(String displayName) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE display_key = :key")
                        .param("key", displayKey(DisplayNames.normalized(displayName)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether another member's name has the same confusable skeleton ({@link DisplayNames#skeleton}). */
    boolean displayNameLooksTaken(String displayName) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE display_skeleton = :skeleton")
                        .param("skeleton", DisplayNames.skeleton(displayName))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Stores the name normalised ({@link DisplayNames#normalized}); the unique skeleton makes a race refused. */
    long insert(String displayName, String email, String passwordHash, Language language, Instant now) {
        String name = DisplayNames.normalized(displayName);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member (display_name, display_key, display_skeleton, email, password_hash, language,
                    created_at)
                VALUES (:displayName, :displayKey, :skeleton, :email, :passwordHash, :language, :now)
                """)
                .param("displayName", name)
                .param("displayKey", displayKey(name))
                .param("skeleton", DisplayNames.skeleton(name))
                .param("email", emailKey(email))
                .param("passwordHash", passwordHash)
                .param("language", language.code())
                .param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO member_role (member_id, role) VALUES (:id, :role)")
                .param("id", id)
                .param("role", Role.MEMBER.name())
                .update();
        return id;
    }

    /**
     * Inserts members with the ids their loader chose, in JDBC batches of {@code batchSize}, with the keys and
     * skeleton {@link #insert} stores. Their address counts as verified when they joined ({@link MemberBulkLoad}).
     */
    void insertAll(List<MemberBulkLoad.NewMember> members, int batchSize) {
        batch.batchUpdate("""
                INSERT INTO member (id, display_name, display_key, display_skeleton, email, email_verified_at,
                    password_hash, language, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, members, batchSize, (ps, member) -> {
            String name = DisplayNames.normalized(member.displayName());
            ps.setLong(1, member.id());
            ps.setString(2, name);
            ps.setString(3, displayKey(name));
            ps.setString(4, DisplayNames.skeleton(name));
            ps.setString(5, emailKey(member.email()));
            ps.setObject(6, utc(member.joinedAt()));
            ps.setString(7, member.passwordHash());
            ps.setString(8, member.language().code());
            ps.setObject(9, utc(member.joinedAt()));
        });
    }

    long maxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM member")
                .query(Long.class)
                .single();
    }

    /** Makes the next member inserted without an id get {@code next}. */
    void restartIdsWith(long next) {
        jdbc.sql("ALTER TABLE member ALTER COLUMN id RESTART WITH " + next).update();
    }

    void updateEmail(long id, String email, Instant now) {
        jdbc.sql("UPDATE member SET email = :email, email_verified_at = :now WHERE id = :id")
                .param("id", id)
                .param("email", emailKey(email))
                .param("now", utc(now))
                .update();
    }

    void updateLanguage(long id, Language language) {
        jdbc.sql("UPDATE member SET language = :language WHERE id = :id")
                .param("id", id)
                .param("language", language.code())
                .update();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE member SET password_hash = :hash WHERE id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    void markEmailVerified(long id, Instant now) {
        jdbc.sql("UPDATE member SET email_verified_at = :now WHERE id = :id AND email_verified_at IS NULL")
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    /**
     * One page of the admin's member list, newest first, after the member with id {@code beforeId} (keyset paging).
     * The text search looks in display names and addresses; an admin list is small enough for a LIKE scan.
     */
    List<Member> search(String text, Role role, Boolean suspended, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM member m WHERE id < :before");
        if (text != null && !text.isBlank()) {
            sql.append(" AND (display_key LIKE :text OR email LIKE :text)");
        }
        if (role != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM member_role r WHERE r.member_id = m.id AND r.role = :role)");
        }
        if (suspended != null) {
            sql.append(suspended ? " AND suspended_reason IS NOT NULL" : " AND suspended_reason IS NULL");
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        var query = jdbc.sql(sql.toString()).param("before", beforeId).param("limit", limit);
        if (text != null && !text.isBlank()) {
            query = query.param("text", "%" + likeEscape(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (role != null) {
            query = query.param("role", role.name());
        }
        return withRoles(query.query(this::member).list());
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Deletes the member; roles, tokens and two-factor data go with it (foreign keys cascade). */
    void delete(long id) {
        jdbc.sql("DELETE FROM member WHERE id = :id").param("id", id).update();
    }

    void setRoles(long id, Set<Role> roles) {
        jdbc.sql("DELETE FROM member_role WHERE member_id = :id")
                .param("id", id)
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO member_role (member_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    void suspend(long id, String reason, Instant now) {
        jdbc.sql("UPDATE member SET suspended_reason = :reason, suspended_at = :now WHERE id = :id")
                .param("id", id)
                .param("reason", reason)
                .param("now", utc(now))
                .update();
    }

    void unsuspend(long id) {
        jdbc.sql("UPDATE member SET suspended_reason = NULL, suspended_at = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    void setProfession(long id, String profession) {
        jdbc.sql("UPDATE member SET profession = :profession WHERE id = :id")
                .param("id", id)
                .param("profession", profession)
                .update();
    }

    long countWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM member_role WHERE role = :role")
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    /** A member's display name with the skeleton it should have. */
    record Skeleton(long id, String displayName, String skeleton) {}

    /** Members whose skeleton is not stored yet (stored before V31, or clashing with another), oldest first. */
    List<Skeleton> withoutSkeleton() {
        return jdbc.sql("SELECT id, display_name FROM member WHERE display_skeleton IS NULL ORDER BY id")
                .query((rs, n) -> new Skeleton(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        DisplayNames.skeleton(rs.getString("display_name"))))
                .list();
    }

    /**
     * Stores these skeletons in one batch, each only where none is stored yet (so a second node doing the same
     * changes nothing). Throws {@link org.springframework.dao.DuplicateKeyException} when one of them is taken.
     * Returns how many rows it changed.
     */
    int storeSkeletons(List<Skeleton> skeletons) {
        int[][] counts = batch.batchUpdate(
                "UPDATE member SET display_skeleton = ? WHERE id = ? AND display_skeleton IS NULL",
                skeletons,
                skeletons.size(),
                (ps, row) -> {
                    ps.setString(1, row.skeleton());
                    ps.setLong(2, row.id());
                });
        // A driver that cannot tell counts a row as changed (SUCCESS_NO_INFO, -2).
        return java.util.Arrays.stream(counts)
                .flatMapToInt(java.util.Arrays::stream)
                .map(n -> n == 1 || n == -2 ? 1 : 0)
                .sum();
    }

    /** The member who holds this skeleton, if any. */
    Optional<Long> holderOfSkeleton(String skeleton) {
        return jdbc.sql("SELECT id FROM member WHERE display_skeleton = :skeleton")
                .param("skeleton", skeleton)
                .query(Long.class)
                .optional();
    }

    /** Adds the roles of all the given members with one query, not one per member. */
    private List<Member> withRoles(List<Member> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT member_id, role FROM member_role WHERE member_id IN (:ids)")
                .param("ids", found.stream().map(Member::id).toList())
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return found.stream()
                .map(member -> new Member(
                        member.id(),
                        member.displayName(),
                        member.email(),
                        member.emailVerifiedAt(),
                        member.passwordHash(),
                        member.language(),
                        Set.copyOf(roles.getOrDefault(member.id(), Set.of())),
                        member.createdAt(),
                        member.suspendedReason(),
                        member.profession()))
                .toList();
    }

    private Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getString("display_name"),
                rs.getString("email"),
                instant(rs, "email_verified_at"),
                rs.getString("password_hash"),
                Language.fromCode(rs.getString("language")).orElse(Language.fallback()),
                Set.of(),
                instant(rs, "created_at"),
                rs.getString("suspended_reason"),
                rs.getString("profession"));
    }
}
