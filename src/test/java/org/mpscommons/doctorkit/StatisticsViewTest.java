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
        assertThat(shikoku.count()).isEqualTo("合計を伏せているため描いていません");
        assertThat(regions.rows().get(2).total()).isEqualTo(new StatisticsPage.Number("非表示", true));
        assertThat(regions.headingKey()).isEqualTo("doctorkit.responses.by_region.heading");
    }

    @Test
    void fewerThanElevenResponsesShowNothing() {
        StatisticsPage page = page(Language.EN, List.of(new Tallies.Count(2024, "us", null, "none", "other", 10)));
        assertThat(page.enough()).isFalse();
        assertThat(page(Language.EN, List.of()).enough()).isFalse();
    }

    /** 44 answers from a young site: 33 from Japan, 11 from the United States; see {@link #youngSite()}. */
    @Test
    void aYoungSiteSaysInWordsWhyItsBreakdownsAreNotShownAndShowsTheTotalsThatCan() {
        StatisticsPage page = page(Language.EN, youngSite());
        assertThat(page.total()).isEqualTo("44");
        assertThat(page.youngSite())
                .isEqualTo("There are 44 answers so far. So that no one can be recognised, a number is shown only where"
                        + " at least 11 answers share it. With this few answers, most numbers of the breakdowns by year,"
                        + " region and diagnosis would be hidden, so below are first the totals that can be shown.");
        // All answers together: treated 13 and did not know 20 are shown; referred 3, refused 5 and other 3 hidden.
        StatisticsPage.Table overall = page.overall();
        assertThat(overall.rows().getFirst().cells())
                .extracting(StatisticsPage.Number::text)
                .containsExactly("13", "hidden", "20", "hidden", "hidden");
        assertThat(overall.rows().getFirst().total().text()).isEqualTo("44");
        assertThat(overall.withheld()).isNull();
        assertThat(overall.chart().bars().getFirst().description())
                .isEqualTo("All answers, 44 answers: Treated 30%, Did not know MPS 45%, Hidden numbers 25%");

        assertThat(page.tables())
                .extracting(StatisticsPage.Table::id)
                .containsExactly("by_country", "by_year", "by_region", "by_diagnosis");
        for (StatisticsPage.Table table : page.tables()) {
            assertThat(table.withheld()).as(table.id()).contains("44 answers", "at least 11 answers share it");
        }
        StatisticsPage.Table countries = page.tables().getFirst();
        assertThat(countries.withheld())
                .isEqualTo("Too few of the 44 answers share both a country and a kind of response, so most of these"
                        + " numbers would be hidden (a number is shown only where at least 11 answers share it). The"
                        + " totals above count all countries together.");
        // The rows' totals still say something: where the answers came from.
        assertThat(countries.rows())
                .extracting(row -> row.name() + " " + row.total().text())
                .containsExactly("Japan 33", "United States 11");
        assertThat(countries.anyRowTotal()).isTrue();

        StatisticsPage japanese = page(Language.JA, youngSite());
        assertThat(japanese.youngSite()).startsWith("これまでの回答は44件です。").contains("11件以上");
        assertThat(japanese.tables().getFirst().withheld()).startsWith("44件の回答のうち、同じ国で同じ応じ方の回答");
    }

    @Test
    void aSiteWithEnoughAnswersDrawsItsBreakdownsAndSaysNothingOfAYoungSite() {
        List<Tallies.Count> counts = new java.util.ArrayList<>();
        for (String response : List.of("open_treated", "did_not_know", "refused")) {
            counts.add(new Tallies.Count(2023, "jp", "tokyo", "sciatica", response, 30));
            counts.add(new Tallies.Count(2024, "jp", "osaka", "none", response, 25));
            counts.add(new Tallies.Count(2024, "us", null, "none", response, 15));
        }
        StatisticsPage page = page(Language.EN, counts);
        assertThat(page.youngSite()).isNull();
        assertThat(page.tables())
                .allSatisfy(table -> assertThat(table.withheld()).isNull());
        assertThat(page.tables()).extracting(StatisticsPage.Table::id).contains("by_country");
    }

    /**
     * 44 answers: by answer, treated 13, referred 3, did not know 20, refused 5, other 3; Japan 33 (Kanto 22, Kinki 5,
     * Kyushu 3, Hokkaido 3), the United States 11; 22 in 2024 and 22 in 2025.
     */
    static List<Tallies.Count> youngSite() {
        return List.of(
                new Tallies.Count(2024, "jp", "tokyo", "sciatica", "did_not_know", 9),
                new Tallies.Count(2024, "jp", "tokyo", "low_back_pain", "open_treated", 6),
                new Tallies.Count(2025, "jp", "osaka", "sciatica", "refused", 5),
                new Tallies.Count(2025, "jp", "kanagawa", "none", "did_not_know", 7),
                new Tallies.Count(2025, "jp", "fukuoka", "fibromyalgia", "open_referred", 3),
                new Tallies.Count(2025, "jp", "hokkaido", "none", "other", 3),
                new Tallies.Count(2024, "us", null, "low_back_pain", "open_treated", 7),
                new Tallies.Count(2025, "us", null, "sciatica", "did_not_know", 4));
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
