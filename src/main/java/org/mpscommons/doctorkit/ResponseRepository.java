package org.mpscommons.doctorkit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for doctors' responses (table doctor_response, V21). */
@Repository
class ResponseRepository {

    private static final String COLUMNS = "id, diagnosis, response, country, prefecture, visit_month, created_on";

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param memberId the member who chose to link it to their account, or null */
    void insert(
            String diagnosis,
            ResponseType response,
            String country,
            String prefecture,
            YearMonth visitMonth,
            Long memberId,
            LocalDate today) {
        jdbc.sql("""
                INSERT INTO doctor_response
                    (diagnosis, response, country, prefecture, visit_month, member_id, created_on)
                VALUES (:diagnosis, :response, :country, :prefecture, :visitMonth, :memberId, :today)
                """)
                .param("diagnosis", diagnosis)
                .param("response", response.id())
                .param("country", country)
                .param("prefecture", prefecture)
                .param("visitMonth", visitMonth.atDay(1))
                .param("memberId", memberId)
                .param("today", today)
                .update();
    }

    /**
     * Every response counted by year of the visit, place, diagnosis and answer: the one query behind the statistics.
     * It reads the whole table (no index helps a full aggregate), which is why its result is cached.
     */
    List<Tallies.Count> counts() {
        return jdbc.sql("""
                SELECT EXTRACT(YEAR FROM visit_month) AS visit_year, country, prefecture, diagnosis, response,
                       COUNT(*) AS responses
                FROM doctor_response
                GROUP BY EXTRACT(YEAR FROM visit_month), country, prefecture, diagnosis, response
                """)
                .query((rs, row) -> new Tallies.Count(
                        rs.getInt("visit_year"),
                        rs.getString("country"),
                        rs.getString("prefecture"),
                        rs.getString("diagnosis"),
                        rs.getString("response"),
                        rs.getLong("responses")))
                .list();
    }

    /** The responses a member linked to their account, newest visit first. */
    List<DoctorResponse> linkedTo(long memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM doctor_response WHERE member_id = :member"
                        + " ORDER BY visit_month DESC, id DESC")
                .param("member", memberId)
                .query(ResponseRepository::response)
                .list();
    }

    /** Deletes one of a member's linked responses; false if it is not theirs (or gone). */
    boolean delete(long id, long memberId) {
        return jdbc.sql("DELETE FROM doctor_response WHERE id = :id AND member_id = :member")
                        .param("id", id)
                        .param("member", memberId)
                        .update()
                == 1;
    }

    int deleteAllLinkedTo(long memberId) {
        return jdbc.sql("DELETE FROM doctor_response WHERE member_id = :member")
                .param("member", memberId)
                .update();
    }

    /** The responses stay in the statistics, no longer linked to anyone. */
    int unlinkAll(long memberId) {
        return jdbc.sql("UPDATE doctor_response SET member_id = NULL WHERE member_id = :member")
                .param("member", memberId)
                .update();
    }

    private static DoctorResponse response(ResultSet rs, int row) throws SQLException {
        return new DoctorResponse(
                rs.getLong("id"),
                rs.getString("diagnosis"),
                ResponseType.fromId(rs.getString("response")).orElseThrow(),
                rs.getString("country"),
                rs.getString("prefecture"),
                YearMonth.from(rs.getObject("visit_month", LocalDate.class)),
                rs.getObject("created_on", LocalDate.class));
    }
}
