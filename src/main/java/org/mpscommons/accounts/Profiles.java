package org.mpscommons.accounts;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and editing profiles. Public API for other features that show authors: {@link #find(long)} and
 * {@link #authors(Collection)}, each with the author's avatar in the same query.
 */
@Service
@NamedInterface("api")
public class Profiles {

    static final int BIO_MAX = 500;

    /** A profile and the name of its picture, if any (the picture's bytes stay in member_avatar). */
    private static final String COLUMNS =
            "m.id, m.display_name, m.bio, m.languages, m.profession, m.created_at, a.name AS picture, a.extension";

    private static final RowMapper<Profile> PROFILE = (rs, n) -> new Profile(
            rs.getLong("id"),
            rs.getString("display_name"),
            rs.getString("bio"),
            languages(rs.getString("languages")),
            rs.getString("profession"),
            SqlTime.instant(rs, "created_at"),
            Avatar.of(
                    rs.getLong("id"),
                    rs.getString("display_name"),
                    rs.getString("picture"),
                    rs.getString("extension")));

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The profile of a member who can be shown: confirmed and not suspended. */
    public Optional<Profile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM member m LEFT JOIN member_avatar a ON a.member_id = m.id
                WHERE m.id = :id AND m.email_verified_at IS NOT NULL AND m.suspended_reason IS NULL
                """)
                .param("id", id)
                .query(PROFILE)
                .optional();
    }

    /**
     * The profession an admin verified for the member, as it is now (not as it was when they signed in: an admin may
     * have revoked it since); empty for anyone else. What a professional's review is recorded with.
     */
    public Optional<String> verifiedProfession(long id) {
        return find(id).map(Profile::profession).filter(profession -> !profession.isBlank());
    }

    /**
     * The profiles of the given members who still have an account, in one query (a page of posts names its authors
     * at once). Deleted members are absent; a suspended member's past posts still carry their name.
     */
    public Map<Long, Profile> authors(Collection<Long> ids) {
        Map<Long, Profile> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS
                        + " FROM member m LEFT JOIN member_avatar a ON a.member_id = m.id WHERE m.id IN (:ids)")
                .param("ids", ids)
                .query(PROFILE)
                .list()
                .forEach(profile -> found.put(profile.id(), profile));
        return found;
    }

    /**
     * How to reach the given members by mail: only those with a confirmed address who are not suspended (a suspended
     * member gets no notifications).
     */
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        Map<Long, Contact> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT id, display_name, email, language FROM member
                WHERE id IN (:ids) AND email_verified_at IS NOT NULL AND suspended_reason IS NULL
                """)
                .param("ids", ids)
                .query((rs, n) -> new Contact(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        Language.fromCode(rs.getString("language")).orElse(Language.fallback())))
                .list()
                .forEach(contact -> found.put(contact.id(), contact));
        return found;
    }

    /** The members with these display names (compared as registration compares them), for @mentions. */
    public Map<String, Long> idsByDisplayName(Collection<String> names) {
        Map<String, Long> found = new HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT id, display_key FROM member
                WHERE display_key IN (:keys) AND email_verified_at IS NOT NULL AND suspended_reason IS NULL
                """)
                .param(
                        "keys",
                        names.stream()
                                .map(MemberRepository::displayKey)
                                .distinct()
                                .toList())
                .query((rs, n) -> Map.entry(rs.getString("display_key"), rs.getLong("id")))
                .list()
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    @Transactional
    FormErrors update(long id, String bio, List<String> languages) {
        FormErrors errors = new FormErrors();
        String text = bio == null ? "" : bio.strip();
        if (text.codePointCount(0, text.length()) > BIO_MAX) {
            errors.reject("bio", "form.bio.length");
        }
        List<String> chosen = languages == null
                ? List.of()
                : languages.stream()
                        .filter(code -> Language.fromCode(code).isPresent())
                        .distinct()
                        .sorted()
                        .toList();
        if (errors.any()) {
            return errors;
        }
        jdbc.sql("UPDATE member SET bio = :bio, languages = :languages WHERE id = :id")
                .param("id", id)
                .param("bio", text.isEmpty() ? null : text)
                .param("languages", chosen.isEmpty() ? null : String.join(",", chosen))
                .update();
        return errors;
    }

    private static List<String> languages(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
