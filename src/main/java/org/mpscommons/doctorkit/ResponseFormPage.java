package org.mpscommons.doctorkit;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.Language;

/**
 * What the "How did your doctor respond?" form shows: the person's answers so far, what is wrong with them, and the
 * choices of each list in the page's language.
 *
 * @param throttled the answers were fine, but too many came from the person's address lately
 * @param prefectureGroups Japan's prefectures by region, for the list's groups
 */
public record ResponseFormPage(
        ResponseForm form,
        FormErrors errors,
        boolean throttled,
        List<Option> diagnoses,
        List<Option> responses,
        List<Option> countries,
        List<Group> prefectureGroups,
        List<Option> years,
        List<Option> months) {

    /** One choice of a list. */
    public record Option(String value, String label) {

        public boolean chosen(String sent) {
            return value.equals(sent);
        }
    }

    public record Group(String label, List<Option> options) {}

    static ResponseFormPage of(
            ResponseForm form,
            FormErrors errors,
            boolean throttled,
            Labels labels,
            Language language,
            YearMonth latest) {
        List<Option> diagnoses = new ArrayList<>();
        Vocabulary.SHIPPED.diagnoses().keySet().forEach(id -> diagnoses.add(new Option(id, labels.diagnosis(id))));
        diagnoses.add(new Option(Tallies.NO_DIAGNOSIS, labels.diagnosis(Tallies.NO_DIAGNOSIS)));
        List<Option> responses = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            responses.add(new Option(type.id(), labels.responseInFull(type)));
        }
        List<Option> countries = new ArrayList<>();
        Places.SHIPPED.countries().keySet().forEach(id -> countries.add(new Option(id, labels.country(id))));
        List<Group> groups = new ArrayList<>();
        Places.SHIPPED
                .prefecturesByRegion()
                .forEach((region, prefectures) -> groups.add(new Group(
                        labels.region(region),
                        prefectures.stream()
                                .map(p -> new Option(p.id(), p.name(language.code())))
                                .toList())));
        List<Option> years = new ArrayList<>();
        for (int year = latest.getYear(); year >= ResponseRecording.EARLIEST.getYear(); year--) {
            String value = Integer.toString(year);
            years.add(new Option(value, labels.text("doctorkit.responses.field.yearOption", value)));
        }
        List<Option> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(new Option(
                    Integer.toString(month.getValue()), month.getDisplayName(TextStyle.FULL, language.locale())));
        }
        return new ResponseFormPage(
                form, errors, throttled, diagnoses, responses, countries, List.copyOf(groups), years, months);
    }
}
