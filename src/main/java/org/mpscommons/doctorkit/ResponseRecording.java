package org.mpscommons.doctorkit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.mpscommons.accounts.MemberPrincipal;
import org.mpscommons.accounts.Throttle;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.SiteProperties;
import org.mpscommons.web.SiteSecret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how a doctor responded: tells bots apart, checks the answers against the kit's lists, applies the rate
 * limits, then saves. Nothing the person chose is logged: the answers are health data.
 */
@Service
class ResponseRecording {

    /** A family reporting several visits together stays well below this per address and hour. */
    static final int PER_ADDRESS_PER_HOUR = 5;
    /** A shared connection (a clinic, a library) rarely reports more in a day; one script filling in the form does. */
    static final int PER_ADDRESS_PER_DAY = 20;

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);
    /** Visits before this say little about how doctors respond today, and the year list stays short. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    enum Outcome {
        SAVED,
        INVALID,
        BOT,
        THROTTLED
    }

    record Result(Outcome outcome, FormErrors errors) {}

    /** The answers once checked; {@code prefecture} is null outside Japan. */
    private record Answers(
            String diagnosis, ResponseType response, String country, String prefecture, YearMonth visitMonth) {}

    private final ResponseRepository responses;
    private final ResponseStatistics statistics;
    private final FormTimer formTimer;
    private final Throttle throttle;
    private final SiteSecret secret;
    private final Clock clock;
    private final SiteProperties site;

    ResponseRecording(
            ResponseRepository responses,
            ResponseStatistics statistics,
            FormTimer formTimer,
            Throttle throttle,
            SiteSecret secret,
            Clock clock,
            SiteProperties site) {
        this.responses = responses;
        this.statistics = statistics;
        this.formTimer = formTimer;
        this.throttle = throttle;
        this.secret = secret;
        this.clock = clock;
        this.site = site;
    }

    /**
     * @param member the signed-in member, or null; their id is stored only if they ticked "link to my account"
     * @param address the request's address, counted for the rate limits (hashed) and never stored with the response
     */
    @Transactional
    Result record(ResponseForm form, MemberPrincipal member, String address) {
        if (looksAutomated(form)) {
            return new Result(Outcome.BOT, new FormErrors());
        }
        FormErrors errors = new FormErrors();
        Optional<Answers> answers = check(form, errors);
        if (answers.isEmpty()) {
            return new Result(Outcome.INVALID, errors);
        }
        String bucket = bucket(address);
        if (throttle.reached(bucket, PER_ADDRESS_PER_HOUR, HOUR)
                || throttle.reached(bucket, PER_ADDRESS_PER_DAY, DAY)) {
            return new Result(Outcome.THROTTLED, errors);
        }
        Answers checked = answers.get();
        Long memberId = member != null && form.linked() ? member.id() : null;
        responses.insert(
                checked.diagnosis(),
                checked.response(),
                checked.country(),
                checked.prefecture(),
                checked.visitMonth(),
                memberId,
                today());
        throttle.record(bucket);
        statistics.changed();
        return new Result(Outcome.SAVED, errors);
    }

    /** The honeypot is filled, or the form came back faster than a person can fill it (or with a forged time). */
    boolean looksAutomated(ResponseForm form) {
        return (form.website() != null && !form.website().isEmpty()) || formTimer.looksAutomated(form.started());
    }

    /** The months a visit may be in: from {@link #EARLIEST} to this month, in the site's time zone. */
    YearMonth latestMonth() {
        return YearMonth.from(today());
    }

    private Optional<Answers> check(ResponseForm form, FormErrors errors) {
        String diagnosis = form.diagnosis();
        if (!Tallies.NO_DIAGNOSIS.equals(diagnosis)
                && Vocabulary.SHIPPED.diagnosis(diagnosis).isEmpty()) {
            errors.reject("diagnosis", "doctorkit.responses.error.diagnosis");
        }
        Optional<ResponseType> response = ResponseType.fromId(form.response());
        if (response.isEmpty()) {
            errors.reject("response", "doctorkit.responses.error.response");
        }
        String country = form.country();
        if (Places.SHIPPED.country(country).isEmpty()) {
            errors.reject("country", "doctorkit.responses.error.country");
        }
        // The prefecture counts only for a visit in Japan; one chosen for another country is ignored.
        String prefecture = Places.JAPAN.equals(country) ? form.prefecture() : null;
        if (Places.JAPAN.equals(country)
                && Places.SHIPPED.prefecture(prefecture).isEmpty()) {
            errors.reject("prefecture", "doctorkit.responses.error.prefecture");
        }
        Optional<YearMonth> month = visitMonth(form, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Answers(diagnosis, response.get(), country, prefecture, month.get()));
    }

    private Optional<YearMonth> visitMonth(ResponseForm form, FormErrors errors) {
        Optional<YearMonth> month = parse(form.year(), form.month());
        if (month.isEmpty() || month.get().isBefore(EARLIEST)) {
            errors.reject("year", "doctorkit.responses.error.month");
            return Optional.empty();
        }
        if (month.get().isAfter(latestMonth())) {
            errors.reject("year", "doctorkit.responses.error.future");
            return Optional.empty();
        }
        return month;
    }

    private static Optional<YearMonth> parse(String year, String month) {
        if (year == null || month == null || !year.matches("[0-9]{4}") || !month.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(year), m)) : Optional.empty();
    }

    /**
     * The rate limit's bucket names the address by a keyed hash, not as itself: the throttle table keeps its events
     * for a day, and the address of someone who just told us about their health should not sit in it.
     */
    private String bucket(String address) {
        return "doctor-response:"
                + secret.sign("doctor-response-address:" + address).substring(0, 22);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(site.timeZone()));
    }
}
