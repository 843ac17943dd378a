package org.mpscommons.doctorkit;

/**
 * What the "How did your doctor respond?" form posts, as sent (ids and numbers as text; ResponseRecording checks
 * them). {@code link} is "yes" when a signed-in member ticked "link this to my account"; {@code website} is a
 * honeypot (hidden from people, filled in by bots) and {@code started} the form's signed rendering time (FormTimer).
 */
public record ResponseForm(
        String diagnosis,
        String response,
        String country,
        String prefecture,
        String year,
        String month,
        String link,
        String website,
        String started) {

    static ResponseForm empty(String started) {
        return new ResponseForm("", "", "", "", "", "", null, null, started);
    }

    public boolean linked() {
        return "yes".equals(link);
    }

    /** The form shown again after an error: the person's answers, a fresh time (they read the message first). */
    ResponseForm restarted(String stamp) {
        return new ResponseForm(diagnosis, response, country, prefecture, year, month, link, null, stamp);
    }
}
