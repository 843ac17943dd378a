package org.mpscommons.doctorkit;

import java.util.Arrays;
import java.util.List;
import org.mpscommons.body.BodyChoice;
import org.mpscommons.redflags.AgeBand;
import org.mpscommons.redflags.WarningCards;
import org.mpscommons.web.FormErrors;

/**
 * What the kit's page shows at one step, in the page's language: the choices with the answers so far marked. The
 * answers of the other steps are not in the page: the patient's browser keeps them between steps ({@link KitCookie}).
 *
 * @param body the places on the body, as a list and a figure
 * @param started whether there are answers to clear ("start again")
 */
public record KitView(
        int step,
        int steps,
        String stepCode,
        BodyChoice body,
        List<Choice> sinceChoices,
        List<Choice> ageChoices,
        List<Choice> diagnoses,
        List<TreatmentChoice> treatments,
        String letterLanguage,
        String note,
        int noteMax,
        boolean save,
        WarningCards warnings,
        String signIds,
        FormErrors errors,
        boolean started) {

    /** A checkbox or option: the id posted, its name, whether it is chosen. */
    public record Choice(String id, String name, boolean chosen) {}

    /** A treatment and the effect answered: better, same, worse, or empty when not tried. */
    public record TreatmentChoice(String id, String name, String effect) {}

    public static final List<String> EFFECTS = List.of("", "better", "same", "worse");

    /** Every step's code, in order, for the list of steps at the top of the page. */
    public List<String> stepCodes() {
        return Arrays.stream(KitStep.values()).map(KitStep::code).toList();
    }

    public boolean first() {
        return step == 1;
    }

    public boolean last() {
        return step == steps;
    }

    /** The address of a step's page, under the kit's ({@code /doctor-kit}, {@code /doctor-kit/step/history}). */
    public static String path(String stepCode) {
        return stepCode.equals(KitStep.REGIONS.code()) ? "/doctor-kit" : "/doctor-kit/step/" + stepCode;
    }

    /**
     * @param warnings the warning signs that apply to the answers, shown on the signs step (and empty elsewhere)
     * @param signIds their ids, which the signs step posts to say they were shown
     */
    static KitView of(
            KitStep step,
            KitAnswers answers,
            FormErrors errors,
            Vocabulary vocabulary,
            WarningCards warnings,
            String signIds,
            String language,
            boolean started) {
        List<Choice> since = KitAnswers.SINCE_CHOICES.stream()
                .map(id -> new Choice(id, id, id.equals(answers.since())))
                .toList();
        List<Choice> ages = Arrays.stream(AgeBand.values())
                .map(band -> new Choice(band.code(), band.code(), band.code().equals(answers.age())))
                .toList();
        List<Choice> diagnoses = vocabulary.diagnoses().values().stream()
                .map(term -> new Choice(
                        term.id(), term.name(language), answers.diagnoses().contains(term.id())))
                .toList();
        List<TreatmentChoice> treatments = vocabulary.treatments().values().stream()
                .map(term -> new TreatmentChoice(term.id(), term.name(language), answers.effectOf(term.id())))
                .toList();
        return new KitView(
                step.number(),
                KitStep.values().length,
                step.code(),
                BodyChoice.of(vocabulary.body(), answers.regions(), language),
                since,
                ages,
                diagnoses,
                treatments,
                answers.letterLanguage(),
                answers.note(),
                KitAnswers.NOTE_MAX,
                answers.save(),
                warnings,
                signIds,
                errors,
                started);
    }
}
