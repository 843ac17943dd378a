package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.List;
import org.mpscommons.redflags.AgeBand;
import org.mpscommons.redflags.WarningCards;
import org.mpscommons.web.FormErrors;

/**
 * What the kit's page shows at one step, in the page's language: the choices with the answers so far marked, and the
 * answers of the other steps as hidden fields (the form carries them from step to step; the server keeps nothing).
 */
public record KitView(
        int step,
        int steps,
        String stepCode,
        List<Choice> regions,
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
        List<Hidden> hidden) {

    /** A checkbox or option: the id posted, its name, whether it is chosen; where it sits on the figure (regions). */
    public record Choice(String id, String name, boolean chosen, List<FigureBox> boxes) {}

    /** A region's tap area on the front or back figure. */
    public record FigureBox(boolean front, int x, int y, int width, int height) {}

    /** A treatment and the effect answered: better, same, worse, or empty when not tried. */
    public record TreatmentChoice(String id, String name, String effect) {}

    public record Hidden(String name, String value) {}

    public static final List<String> EFFECTS = List.of("", "better", "same", "worse");

    /** Every step's code, in order, for the list of steps at the top of the page. */
    public List<String> stepCodes() {
        return java.util.Arrays.stream(KitStep.values()).map(KitStep::code).toList();
    }

    public boolean first() {
        return step == 1;
    }

    public boolean last() {
        return step == steps;
    }

    public List<Choice> chosenRegions() {
        return regions.stream().filter(Choice::chosen).toList();
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
            String language) {
        List<Choice> regions = vocabulary.regions().values().stream()
                .map(term -> new Choice(
                        term.id(),
                        term.name(language),
                        answers.regions().contains(term.id()),
                        term.boxes().stream()
                                .map(box -> new FigureBox(box.front(), box.x(), box.y(), box.width(), box.height()))
                                .toList()))
                .toList();
        List<Choice> since = KitAnswers.SINCE_CHOICES.stream()
                .map(id -> new Choice(id, id, id.equals(answers.since()), List.of()))
                .toList();
        List<Choice> ages = java.util.Arrays.stream(AgeBand.values())
                .map(band -> new Choice(band.code(), band.code(), band.code().equals(answers.age()), List.of()))
                .toList();
        List<Choice> diagnoses = vocabulary.diagnoses().values().stream()
                .map(term -> new Choice(
                        term.id(), term.name(language), answers.diagnoses().contains(term.id()), List.of()))
                .toList();
        List<TreatmentChoice> treatments = vocabulary.treatments().values().stream()
                .map(term -> new TreatmentChoice(term.id(), term.name(language), answers.effectOf(term.id())))
                .toList();
        return new KitView(
                step.number(),
                KitStep.values().length,
                step.code(),
                regions,
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
                hidden(step, answers));
    }

    /** Every answer that this step's fields do not ask for, so that it comes back with the next post. */
    private static List<Hidden> hidden(KitStep step, KitAnswers answers) {
        List<Hidden> hidden = new ArrayList<>();
        if (step != KitStep.REGIONS) {
            answers.regions().forEach(id -> hidden.add(new Hidden("regions", id)));
        }
        if (step != KitStep.HISTORY) {
            if (!answers.since().isEmpty()) {
                hidden.add(new Hidden("since", answers.since()));
            }
            answers.diagnoses().forEach(id -> hidden.add(new Hidden("diagnoses", id)));
            if (!answers.age().isEmpty()) {
                hidden.add(new Hidden("age", answers.age()));
            }
        }
        if (step != KitStep.SIGNS && !answers.signsShown().isEmpty()) {
            hidden.add(new Hidden("signsShown", answers.signsShown()));
        }
        if (step != KitStep.TREATMENTS) {
            answers.treatments().forEach(answer -> hidden.add(new Hidden("treatments", answer)));
        }
        if (step != KitStep.LETTER) {
            hidden.add(new Hidden("letterLanguage", answers.letterLanguage()));
            if (!answers.note().isEmpty()) {
                hidden.add(new Hidden("note", answers.note()));
            }
            if (answers.save()) {
                hidden.add(new Hidden("save", "true"));
            }
        }
        return hidden;
    }
}
