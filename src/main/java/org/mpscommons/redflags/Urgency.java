package org.mpscommons.redflags;

import java.util.Locale;

/**
 * How soon a warning sign needs a doctor, in the three levels of the NHS care cards, most urgent first (the order
 * in which signs are shown).
 */
public enum Urgency {
    /** Call an ambulance: 119 in Japan, the local emergency number elsewhere. */
    IMMEDIATE,
    /** See a doctor today. */
    URGENT,
    /** Ask a doctor soon, within days. */
    SOON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Urgency ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
