package org.mpscommons.doctorkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mpscommons.body.BodyMap;
import org.mpscommons.doctorkit.LetterRequest.Effect;
import org.mpscommons.doctorkit.LetterRequest.TreatmentTried;
import org.mpscommons.redflags.AgeBand;
import org.mpscommons.redflags.Circumstances;
import org.mpscommons.redflags.WarningSign;
import org.mpscommons.redflags.WarningSigns;
import org.mpscommons.web.FormErrors;

/**
 * The kit's answers, as its forms name the fields. Between steps they are kept in the patient's browser
 * ({@link KitCookie}), never on the server; each step posts its own fields ({@link #merged}).
 *
 * @param treatments {@code id:effect}, effect being {@code better}, {@code same} or {@code worse}
 * @param age an age band ({@link AgeBand#code()}) or empty: only to choose the warning signs; never stored or written
 *     into the letter
 * @param regions places on the body ({@code temple-right}, {@code sternum}: see BodyMap)
 * @param signsShown the ids of the warning signs the patient was shown, as the signs step posts them: the letter is
 *     made only when they are the signs that apply to these answers, so that it can say the patient read them
 * @param save whether a signed-in member asked to keep these answers in their account
 */
record KitAnswers(
        List<String> regions,
        String since,
        List<String> diagnoses,
        List<String> treatments,
        String letterLanguage,
        String note,
        String age,
        String signsShown,
        Boolean save) {

    /**
     * Long enough for a few sentences, short enough that the letter stays within two pages (LetterComposerTest fills
     * it with the widest characters and with runs a line must not start with, in both languages).
     */
    static final int NOTE_MAX = 600;

    /** The answers "how long" offers: under a month, months, years. */
    static final List<String> SINCE_CHOICES = List.of("0m", "3m", "6m", "1y", "2y", "5y", "10y");

    static final String EFFECT_PREFIX = "effect-";

    private static final Pattern TREATMENT = Pattern.compile("([a-z_]{1,40}):(better|same|worse)");

    KitAnswers {
        regions = distinct(regions);
        diagnoses = distinct(diagnoses);
        treatments = distinct(treatments);
        since = since == null ? "" : since.strip();
        letterLanguage = letterLanguage == null ? "" : letterLanguage.strip();
        // Line breaks as a browser sends them (CR LF) count as one character, as the text area counts them.
        note = note == null ? "" : note.replace("\r\n", "\n").strip();
        age = age == null ? "" : age.strip();
        signsShown = signsShown == null ? "" : signsShown.strip();
        // A Boolean, not a boolean: a form without the box sends nothing, and a failed binding would be logged with
        // the posted value.
        save = Boolean.TRUE.equals(save);
    }

    static KitAnswers empty() {
        return new KitAnswers(List.of(), "", List.of(), List.of(), "", "", "", "", false);
    }

    /** The answers with this page's language as the letter's, when none was chosen yet. */
    KitAnswers withDefaultLanguage(String language) {
        return letterLanguage.isEmpty()
                ? new KitAnswers(regions, since, diagnoses, treatments, language, note, age, signsShown, save)
                : this;
    }

    /**
     * These answers with what a step posted. The fields the step asks for are taken as posted, an absent one as an empty
     * answer (an unticked box sends nothing); any other field the post carries replaces the kept one too (a hand-made
     * post with every answer, or the pain map sending its places). The treatments step asks one choice per treatment,
     * named {@code effect-<id>}, and they become {@code id:effect} answers.
     */
    KitAnswers merged(KitStep step, Map<String, String[]> posted) {
        return new KitAnswers(
                list(step == KitStep.REGIONS, posted, "regions", regions),
                one(step == KitStep.HISTORY, posted, "since", since),
                list(step == KitStep.HISTORY, posted, "diagnoses", diagnoses),
                step == KitStep.TREATMENTS ? effects(posted) : list(false, posted, "treatments", treatments),
                one(step == KitStep.LETTER, posted, "letterLanguage", letterLanguage),
                one(step == KitStep.LETTER, posted, "note", note),
                one(step == KitStep.HISTORY, posted, "age", age),
                one(step == KitStep.SIGNS, posted, "signsShown", signsShown),
                step == KitStep.LETTER || posted.containsKey("save")
                        ? posted.containsKey("save") && "true".equals(posted.get("save")[0])
                        : save);
    }

    /** The answers without the request to keep them: asked once, kept once. */
    KitAnswers withoutSave() {
        return new KitAnswers(regions, since, diagnoses, treatments, letterLanguage, note, age, signsShown, false);
    }

    private static List<String> list(boolean asked, Map<String, String[]> posted, String name, List<String> kept) {
        String[] values = posted.get(name);
        if (values != null) {
            return List.of(values);
        }
        return asked ? List.of() : kept;
    }

    private static String one(boolean asked, Map<String, String[]> posted, String name, String kept) {
        String[] values = posted.get(name);
        if (values != null && values.length > 0) {
            return values[0];
        }
        return asked ? "" : kept;
    }

    private static List<String> effects(Map<String, String[]> posted) {
        List<String> answered = new ArrayList<>();
        posted.forEach((name, values) -> {
            if (name.startsWith(EFFECT_PREFIX) && values.length > 0 && !values[0].isBlank()) {
                answered.add(name.substring(EFFECT_PREFIX.length()) + ":" + values[0].strip());
            }
        });
        if (answered.isEmpty() && posted.containsKey("treatments")) {
            return List.of(posted.get("treatments"));
        }
        return answered;
    }

    /** Problems with the answers a step asks for, as message keys; a form can post anything, so ids are checked. */
    FormErrors check(KitStep step, Vocabulary vocabulary, WarningSigns signs) {
        FormErrors errors = new FormErrors();
        switch (step) {
            case REGIONS -> {
                if (regions.isEmpty()) {
                    errors.reject("regions", "doctorkit.error.regions");
                } else if (!regions.stream().allMatch(id -> vocabulary.place(id).isPresent())) {
                    errors.reject("regions", "doctorkit.error.unknown");
                }
            }
            case HISTORY -> {
                if (!since.isEmpty() && !SINCE_CHOICES.contains(since)) {
                    errors.reject("since", "doctorkit.error.unknown");
                }
                if (!diagnoses.stream().allMatch(id -> vocabulary.diagnosis(id).isPresent())) {
                    errors.reject("diagnoses", "doctorkit.error.unknown");
                }
                if (!age.isEmpty() && AgeBand.ofCode(age).isEmpty()) {
                    errors.reject("age", "doctorkit.error.unknown");
                }
            }
            case SIGNS -> {
                // Only a hand-made post, or answers changed since the signs were shown, gets here: show them again.
                if (!signsShown.equals(signIds(signs))) {
                    errors.reject("signs", "doctorkit.error.signs");
                }
            }
            case TREATMENTS -> {
                if (treatmentsTried(vocabulary).size() != treatments.size()) {
                    errors.reject("treatments", "doctorkit.error.unknown");
                }
            }
            case LETTER -> {
                if (!Set.of("ja", "en").contains(letterLanguage)) {
                    errors.reject("letterLanguage", "doctorkit.error.letterLanguage");
                }
                if (note.codePointCount(0, note.length()) > NOTE_MAX) {
                    errors.reject("note", "doctorkit.error.noteLength");
                }
            }
        }
        return errors;
    }

    /** The first step whose answers have a problem, with the problems; empty when the letter can be written. */
    Optional<KitStep> firstStepWithErrors(Vocabulary vocabulary, WarningSigns signs) {
        for (KitStep step : KitStep.values()) {
            if (check(step, vocabulary, signs).any()) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The treatments given with a known id and effect, once each (the first answer counts). */
    List<TreatmentTried> treatmentsTried(Vocabulary vocabulary) {
        List<TreatmentTried> tried = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String answer : treatments) {
            var matcher = TREATMENT.matcher(answer);
            if (matcher.matches() && vocabulary.treatment(matcher.group(1)).isPresent() && seen.add(matcher.group(1))) {
                tried.add(new TreatmentTried(
                        matcher.group(1), Effect.valueOf(matcher.group(2).toUpperCase(Locale.ROOT))));
            }
        }
        return tried;
    }

    /**
     * The effect answered for one treatment: {@code better}, {@code same}, {@code worse}, or empty if not tried. A
     * hand-made post may carry anything after the colon on any step; only the three effects ever reach a page.
     */
    String effectOf(String treatmentId) {
        return treatments.stream()
                .map(TREATMENT::matcher)
                .filter(answer -> answer.matches() && answer.group(1).equals(treatmentId))
                .findFirst()
                .map(answer -> answer.group(2))
                .orElse("");
    }

    LetterRequest letter(Vocabulary vocabulary, LocalDate written) {
        return new LetterRequest(
                regions,
                since,
                diagnoses,
                treatmentsTried(vocabulary),
                letterLanguage,
                note,
                !signsShown.isEmpty(),
                written);
    }

    /** What the warning signs depend on: where, whether it began within a month, and the age band if given. */
    Circumstances circumstances() {
        Optional<Boolean> underAMonth = since.isEmpty() ? Optional.empty() : Optional.of(since.equals("0m"));
        // The warning signs are kept by region, without a side.
        return new Circumstances(BodyMap.shipped().regionIds(regions), underAMonth, AgeBand.ofCode(age));
    }

    /** The ids of the signs that apply to these answers, as the signs step posts them. */
    String signIds(WarningSigns signs) {
        return String.join(
                " ",
                signs.applying(circumstances()).stream().map(WarningSign::id).toList());
    }

    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }
}
