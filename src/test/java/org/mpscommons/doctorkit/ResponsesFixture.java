package org.mpscommons.doctorkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Steps the doctor-response tests share: a form's answers, and responses put straight into the database. */
public final class ResponsesFixture {

    private ResponsesFixture() {}

    /** A complete, valid set of answers for the form. */
    public static Map<String, String> answers(
            String diagnosis, String response, String country, String prefecture, int year, int month) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("diagnosis", diagnosis);
        fields.put("response", response);
        fields.put("country", country);
        fields.put("prefecture", prefecture == null ? "" : prefecture);
        fields.put("year", Integer.toString(year));
        fields.put("month", Integer.toString(month));
        fields.put("website", "");
        return fields;
    }

    /** Removes every response, so that a test knows exactly what the statistics count. */
    public static void clear(ApplicationContext context) {
        context.getBean(JdbcClient.class).sql("DELETE FROM doctor_response").update();
        context.getBean(ResponseStatistics.class).changed();
    }

    /** Adds {@code n} anonymous responses alike, as if sent through the form. */
    public static void add(
            ApplicationContext context,
            int n,
            String diagnosis,
            String response,
            String country,
            String prefecture,
            int year,
            int month) {
        ResponseRepository repository = context.getBean(ResponseRepository.class);
        for (int i = 0; i < n; i++) {
            repository.insert(
                    diagnosis,
                    ResponseType.fromId(response).orElseThrow(),
                    country,
                    prefecture,
                    YearMonth.of(year, month),
                    null,
                    LocalDate.now());
        }
        context.getBean(ResponseStatistics.class).changed();
    }

    public static long count(ApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM doctor_response")
                .query(Long.class)
                .single();
    }
}
