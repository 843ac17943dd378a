package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpscommons.web.Language;
import org.mpscommons.web.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The page's tables and bars: shares of shown numbers only, hidden cells drawn together, nothing small revealed. */
class StatisticsViewTest {

    static Labels labels(Language language) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        try {
            var constructor = Messages.class.getDeclaredConstructor(
                    org.springframework.context.MessageSource.class, Language.class);
            constructor.setAccessible(true);
            return new Labels(constructor.newInstance(source, language), language);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatisticsPage page(Language language, List<Tallies.Count> counts) {
        return new StatisticsView(labels(language), language)
                .of(Tallies.of(counts, Places.SHIPPED, Vocabulary.SHIPPED));
    }

    @Test
    void aRowIsABarOfSharesWithTheHiddenCellsAsOneSegment() {
        StatisticsPage page = page(
                Language.EN,
                List.of(
                        new Tallies.Count(2024, "jp", "tokyo", "sciatica", "open_treated", 30),
                        new Tallies.Count(2024, "jp", "tokyo", "sciatica", "refused", 15),
                        new Tallies.Count(2024, "jp", "tokyo", "sciatica", "other", 5),
                        new Tallies.Count(2023, "jp", "tokyo", "sciatica", "open_treated", 40),
                        new Tallies.Count(2023, "jp", "tokyo", "sciatica", "refused", 40),
                        new Tallies.Count(2023, "jp", "tokyo", "sciatica", "other", 40)));
        assertThat(page.total()).isEqualTo("170");
        StatisticsPage.Table years = page.tables().getFirst();
        assertThat(years.rows()).extracting(StatisticsPage.Row::name).containsExactly("2023", "2024");
        StatisticsPage.Row row2024 = years.rows().get(1);
        // 5 is hidden, and so is 15 (the row's smallest other), and in 2023 the cells of their columns.
        assertThat(row2024.cells())
                .extracting(StatisticsPage.Number::text)
                .containsExactly("30", "0", "0", "hidden", "hidden");
        StatisticsPage.Bar bar = years.chart().bars().get(1);
        assertThat(bar.drawn()).isTrue();
        assertThat(bar.count()).isEqualTo("50 answers");
        assertThat(bar.segments()).extracting(StatisticsPage.Segment::key).containsExactly("open_treated", "hidden");
        assertThat(bar.segments()).extracting(StatisticsPage.Segment::width).containsExactly("60.000%", "40.000%");
        assertThat(bar.segments()).extracting(StatisticsPage.Segment::x).containsExactly("0.000%", "60.000%");
        assertThat(bar.segments().getFirst().percent()).isEqualTo("60%");
        assertThat(bar.description()).isEqualTo("2024, 50 answers: Treated 60%, Hidden numbers 40%");
    }

    @Test
    void aRowWithAHiddenTotalIsNotDrawn() {
        StatisticsPage page = page(
                Language.JA,
                List.of(
                        new Tallies.Count(2024, "jp", "tokyo", "sciatica", "open_treated", 30),
                        new Tallies.Count(2024, "jp", "kochi", "sciatica", "refused", 4),
                        new Tallies.Count(2024, "jp", "osaka", "sciatica", "refused", 20)));
        StatisticsPage.Table regions = page.tables().get(1);
        assertThat(regions.rows()).extracting(StatisticsPage.Row::name).containsExactly("関東地方", "近畿地方", "四国地方");
        StatisticsPage.Bar shikoku = regions.chart().bars().get(2);
        assertThat(shikoku.drawn()).isFalse();
        assertThat(shikoku.count()).isEqualTo("11件未満のため描いていません");
        assertThat(regions.rows().get(2).total()).isEqualTo(new StatisticsPage.Number("非表示", true));
        assertThat(regions.headingKey()).isEqualTo("doctorkit.responses.by_region.heading");
    }

    @Test
    void fewerThanElevenResponsesShowNothing() {
        StatisticsPage page = page(Language.EN, List.of(new Tallies.Count(2024, "us", null, "none", "other", 10)));
        assertThat(page.enough()).isFalse();
        assertThat(page(Language.EN, List.of()).enough()).isFalse();
    }

    @Test
    void theLegendNamesEveryAnswerAndTheHiddenNumbers() {
        StatisticsPage page = page(Language.EN, List.of());
        assertThat(page.legend())
                .extracting(StatisticsPage.LegendItem::key)
                .containsExactly("open_treated", "open_referred", "did_not_know", "refused", "other", "hidden");
    }

    @Test
    void everySegmentColourCarriesWhiteTextAndStandsOutFromThePage() {
        ChartPalette.COLOURS.forEach((key, colour) ->
                assertThat(ChartPalette.contrast(colour, "#ffffff")).as(key).isGreaterThanOrEqualTo(4.5));
        assertThat(ChartPalette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
    }
}
