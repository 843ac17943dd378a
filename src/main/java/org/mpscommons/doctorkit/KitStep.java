package org.mpscommons.doctorkit;

import java.util.Locale;
import java.util.Optional;

/**
 * The kit's steps, in order: short pages that each ask one or two things. The warning signs come as soon as the
 * kit knows where it hurts, for how long and the patient's age, and before anything about treatments or the letter.
 */
enum KitStep {
    REGIONS,
    HISTORY,
    SIGNS,
    TREATMENTS,
    LETTER;

    /** 1-based, as the page says "step 2 of 4". */
    int number() {
        return ordinal() + 1;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Optional<KitStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    Optional<KitStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    static Optional<KitStep> ofCode(String code) {
        return java.util.Arrays.stream(values())
                .filter(step -> step.code().equals(code))
                .findFirst();
    }

    static KitStep of(int number) {
        return number >= 1 && number <= values().length ? values()[number - 1] : REGIONS;
    }
}
