package org.mpscommons.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mpscommons.web.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of TOTP secrets and recovery codes. */
@Repository
class TwoFactorRepository {

    record Secret(String secret, long lastStep) {}

    private final JdbcClient jdbc;

    TwoFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Secret> find(long memberId) {
        return jdbc.sql("SELECT secret, last_step FROM member_totp WHERE member_id = :id")
                .param("id", memberId)
                .query((rs, n) -> new Secret(rs.getString(1), rs.getLong(2)))
                .optional();
    }

    /** Which of these members have two-factor sign-in on, in one query. */
    java.util.Set<Long> enabledAmong(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT member_id FROM member_totp WHERE member_id IN (:ids)")
                .param("ids", memberIds)
                .query(Long.class)
                .list());
    }

    void enable(long memberId, String secret, long usedStep, Instant now, List<String> recoveryHashes) {
        jdbc.sql("DELETE FROM member_totp WHERE member_id = :id")
                .param("id", memberId)
                .update();
        jdbc.sql("DELETE FROM member_recovery_code WHERE member_id = :id")
                .param("id", memberId)
                .update();
        jdbc.sql(
                        "INSERT INTO member_totp (member_id, secret, enabled_at, last_step) VALUES (:id, :secret, :now, :step)")
                .param("id", memberId)
                .param("secret", secret)
                .param("now", SqlTime.utc(now))
                .param("step", usedStep)
                .update();
        for (String hash : recoveryHashes) {
            jdbc.sql("INSERT INTO member_recovery_code (member_id, code_hash) VALUES (:id, :hash)")
                    .param("id", memberId)
                    .param("hash", hash)
                    .update();
        }
    }

    /** Records the step of a used code; false if another request used this or a later step first. */
    boolean useStep(long memberId, long step) {
        return jdbc.sql("UPDATE member_totp SET last_step = :step WHERE member_id = :id AND last_step < :step")
                        .param("id", memberId)
                        .param("step", step)
                        .update()
                == 1;
    }

    boolean useRecoveryCode(long memberId, String hash, Instant now) {
        return jdbc.sql("""
                UPDATE member_recovery_code SET used_at = :now
                WHERE member_id = :id AND code_hash = :hash AND used_at IS NULL
                """)
                        .param("id", memberId)
                        .param("hash", hash)
                        .param("now", SqlTime.utc(now))
                        .update()
                == 1;
    }

    int unusedRecoveryCodes(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_recovery_code WHERE member_id = :id AND used_at IS NULL")
                .param("id", memberId)
                .query(Integer.class)
                .single();
    }
}
