package org.mpscommons.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tables published together hide nothing that one of them gives away. Random people are counted in a cube (a fine
 * category such as a region, a second category such as a year, an answer) and published the way the doctor kit does:
 * by fine category, by the second category, and by a coarse category (the first few fine ones together, the others as
 * they are), linked. A {@link Reader} who has all three then tries to work out each hidden number.
 */
class LinkedTablesTest {

    /** How the random people are spread: dimensions, and a cube of counts over them. */
    private record Cube(int fine, int second, int answers, int together, long[][][] counts) {

        int atoms() {
            return fine * second * answers;
        }

        int atom(int f, int s, int a) {
            return (f * second + s) * answers + a;
        }

        /** The coarse rows: the first {@code together} fine rows as one (when there are any), then the rest. */
        int coarseRows() {
            return (together > 0 ? 1 : 0) + fine - together;
        }

        int coarseOf(int f) {
            return together > 0 ? Math.max(0, f - together + 1) : f;
        }
    }

    /**
     * One number of the tables with the people it counts and its true value; {@code shown} is null where it is not
     * published at all (a cell of a table published as totals only).
     */
    private record Number(Cell shown, long truth, boolean[] people) {

        boolean withheld() {
            return shown == null;
        }
    }

    private static Cube randomCube(Random random) {
        int fine = 1 + random.nextInt(5);
        int second = 1 + random.nextInt(4);
        int answers = 1 + random.nextInt(4);
        int together = random.nextInt(fine + 1);
        long[][][] counts = new long[fine][second][answers];
        for (long[][] plane : counts) {
            for (long[] line : plane) {
                for (int a = 0; a < answers; a++) {
                    // Mostly zeros and small counts, as on a young site, where the rules have most to do.
                    line[a] = switch (random.nextInt(5)) {
                        case 0, 1 -> 0;
                        case 2 -> 1 + random.nextInt(10);
                        case 3 -> 1 + random.nextInt(25);
                        default -> random.nextInt(80);
                    };
                }
            }
        }
        return new Cube(fine, second, answers, together, counts);
    }

    /** The three tables' counts: by fine category, by the second, by coarse category. */
    private static long[][][] tables(Cube cube) {
        long[][] byFine = new long[cube.fine()][cube.answers()];
        long[][] bySecond = new long[cube.second()][cube.answers()];
        long[][] byCoarse = new long[cube.coarseRows()][cube.answers()];
        for (int f = 0; f < cube.fine(); f++) {
            for (int s = 0; s < cube.second(); s++) {
                for (int a = 0; a < cube.answers(); a++) {
                    long n = cube.counts()[f][s][a];
                    byFine[f][a] += n;
                    bySecond[s][a] += n;
                    byCoarse[cube.coarseOf(f)][a] += n;
                }
            }
        }
        return new long[][][] {byFine, bySecond, byCoarse};
    }

    private static List<PublishedTable> publish(Cube cube) {
        return publish(cube, new boolean[3]);
    }

    private static List<PublishedTable> publish(Cube cube, boolean[] totalsOnly) {
        long[][][] tables = tables(cube);
        LinkedTables linked = new LinkedTables(cube.answers());
        int byFine = linked.add(tables[0]);
        linked.add(tables[1]);
        int byCoarse = linked.add(tables[2]);
        for (int f = 0; f < cube.fine(); f++) {
            if (f >= cube.together()) {
                linked.sameRow(byCoarse, cube.coarseOf(f), byFine, f);
            }
        }
        if (cube.together() > 0) {
            int[] rows = new int[cube.together()];
            Arrays.setAll(rows, i -> i);
            linked.rowIsSum(byCoarse, 0, byFine, rows);
        }
        for (int t = 0; t < 3; t++) {
            if (totalsOnly[t]) {
                linked.publishTotalsOnly(t);
            }
        }
        return linked.publish();
    }

    /**
     * Every number of the three tables, with the people it counts: a table's cell (row {@code r}, answer {@code a}),
     * row total ({@code a} = answers), column total ({@code r} = rows) or grand total.
     */
    private static List<Number> numbers(Cube cube, List<PublishedTable> published) {
        List<Number> numbers = new ArrayList<>();
        long[][][] counts = tables(cube);
        for (int t = 0; t < 3; t++) {
            PublishedTable table = published.get(t);
            int rows = counts[t].length;
            for (int r = 0; r <= rows; r++) {
                for (int a = 0; a <= cube.answers(); a++) {
                    boolean[] people = new boolean[cube.atoms()];
                    long truth = 0;
                    for (int f = 0; f < cube.fine(); f++) {
                        for (int s = 0; s < cube.second(); s++) {
                            for (int k = 0; k < cube.answers(); k++) {
                                int row = t == 0 ? f : t == 1 ? s : cube.coarseOf(f);
                                if ((r == rows || r == row) && (a == cube.answers() || a == k)) {
                                    people[cube.atom(f, s, k)] = true;
                                    truth += cube.counts()[f][s][k];
                                }
                            }
                        }
                    }
                    Cell shown = r < rows && a < cube.answers()
                            ? table.totalsOnly() ? null : table.cell(r, a)
                            : r < rows
                                    ? table.rowTotal(r)
                                    : a < cube.answers() ? table.columnTotal(a) : table.grandTotal();
                    numbers.add(new Number(shown, truth, people));
                }
            }
        }
        return numbers;
    }

    /**
     * What must hold of everything published together: shown numbers are right, none is from 1 to 10, zeros are
     * shown, and the reader cannot work out any hidden number, nor a small one left unpublished.
     */
    private static void assertNothingGivenAway(Cube cube, List<Number> numbers) {
        Reader reader = new Reader(cube.atoms());
        for (Number number : numbers) {
            if (number.withheld()) {
                continue;
            }
            if (number.truth() == 0) {
                assertThat(number.shown().value()).as("a zero is shown").isEqualTo(0L);
            } else if (SmallCounts.isSmall(number.truth())) {
                assertThat(number.shown().hidden())
                        .as("a count of %d", number.truth())
                        .isTrue();
            }
            if (!number.shown().hidden()) {
                assertThat(number.shown().value()).isEqualTo(number.truth());
                reader.learn(number.people());
            }
        }
        for (Number number : numbers) {
            boolean guarded = number.withheld()
                    ? SmallCounts.isSmall(number.truth())
                    : number.shown().hidden();
            if (guarded) {
                assertThat(reader.canWorkOut(number.people()))
                        .as("a hidden %d worked out from %s", number.truth(), Arrays.deepToString(cube.counts()))
                        .isFalse();
            }
        }
    }

    @Test
    void noHiddenNumberOfRandomLinkedTablesCanBeWorkedOut() {
        Random random = new Random(20260120);
        int hidden = 0;
        for (int round = 0; round < 400; round++) {
            Cube cube = randomCube(random);
            List<Number> numbers = numbers(cube, publish(cube));
            assertNothingGivenAway(cube, numbers);
            hidden += (int) numbers.stream().filter(n -> n.shown().hidden()).count();
        }
        // The rounds did test something: many numbers were hidden.
        assertThat(hidden).isGreaterThan(1000);
    }

    /** As a young site publishes: some tables as their rows' totals only, their small cells still protected. */
    @Test
    void noHiddenNumberNorSmallUnpublishedCellCanBeWorkedOutWhereSomeTablesAreTotalsOnly() {
        Random random = new Random(44);
        int withheldSmall = 0;
        for (int round = 0; round < 400; round++) {
            Cube cube = randomCube(random);
            boolean[] totalsOnly = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
            List<Number> numbers = numbers(cube, publish(cube, totalsOnly));
            assertNothingGivenAway(cube, numbers);
            withheldSmall += (int) numbers.stream()
                    .filter(n -> n.withheld() && SmallCounts.isSmall(n.truth()))
                    .count();
        }
        assertThat(withheldSmall).isGreaterThan(300);
    }

    /**
     * Published whole, the table by fine category hides so much that, through the shared totals, the coarse one does
     * too; published as totals only, it frees them.
     */
    @Test
    void aTableOfTotalsOnlyLetsTheCoarseTotalsSaySomething() {
        // Two "regions" of Japan (12 treated and 14 did not know; 10 and 4), another country with 14 and 12.
        Cube cube = new Cube(3, 1, 2, 2, new long[][][] {{{12, 14}}, {{10, 4}}, {{14, 12}}});
        List<PublishedTable> whole = publish(cube);
        List<PublishedTable> totalsOnly = publish(cube, new boolean[] {true, false, false});
        assertNothingGivenAway(cube, numbers(cube, whole));
        assertNothingGivenAway(cube, numbers(cube, totalsOnly));
        assertThat(whole.get(2).cell(0, 0).hidden()).isTrue();
        assertThat(whole.get(2).cell(0, 1).hidden()).isTrue();
        // Japan: 22 treated and 18 who did not know, shown.
        assertThat(totalsOnly.get(2).cell(0, 0).value()).isEqualTo(22);
        assertThat(totalsOnly.get(2).cell(0, 1).value()).isEqualTo(18);
        assertThat(totalsOnly.get(0).rowTotal(0).value()).isEqualTo(26);
        assertThat(totalsOnly.get(0).totalsOnly()).isTrue();
        assertThatThrownBy(() -> totalsOnly.get(0).cell(0, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameNumberIsHiddenOrShownAlikeInEveryTable() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Cube cube = randomCube(random);
            List<PublishedTable> published = publish(cube);
            for (int a = 0; a < cube.answers(); a++) {
                Cell first = published.getFirst().columnTotal(a);
                for (PublishedTable table : published) {
                    assertThat(table.columnTotal(a)).isEqualTo(first);
                }
            }
            PublishedTable byFine = published.get(0);
            PublishedTable byCoarse = published.get(2);
            for (int f = cube.together(); f < cube.fine(); f++) {
                assertThat(byCoarse.rowTotal(cube.coarseOf(f))).isEqualTo(byFine.rowTotal(f));
                for (int a = 0; a < cube.answers(); a++) {
                    assertThat(byCoarse.cell(cube.coarseOf(f), a)).isEqualTo(byFine.cell(f, a));
                }
            }
        }
    }

    /**
     * Regions A (10 treated) and B (40 treated) make up "Japan" (50); two other countries have 11 and 40. Published
     * alone, the table by region hides A's 10 and shows B's 40, and the table by country shows Japan's 50: A would be
     * 50 minus 40. Linked, it is not.
     */
    @Test
    void aCoarseRowDoesNotGiveAwayAHiddenFineCell() {
        long[][] byRegion = {{10, 50, 50}, {40, 50, 50}, {11, 45, 50}, {40, 50, 50}};
        Cube cube = new Cube(4, 1, 3, 2, new long[][][] {{byRegion[0]}, {byRegion[1]}, {byRegion[2]}, {byRegion[3]}});
        PublishedTable byRegionAlone = PublishedTable.of(byRegion, 3);
        PublishedTable byCountryAlone = PublishedTable.of(new long[][] {{50, 100, 100}, {11, 45, 50}, {40, 50, 50}}, 3);
        assertThat(byRegionAlone.cell(0, 0).hidden()).isTrue();
        assertThat(byRegionAlone.cell(1, 0).value()).isEqualTo(40);
        assertThat(byCountryAlone.cell(0, 0).value()).isEqualTo(50);

        List<PublishedTable> linked = publish(cube);
        assertThat(linked.get(2).cell(0, 0).hidden() || linked.get(0).cell(1, 0).hidden())
                .isTrue();
        assertNothingGivenAway(cube, numbers(cube, linked));
    }

    /**
     * Two blocks of four small cells, each safe by rows and columns alone, joined by one more small cell: every row
     * and column then hides two or three numbers adding up to 11 or more, yet the joining cell is the sum of the first
     * two rows minus the first two columns. The check on all the sums together finds it and hides more.
     */
    @Test
    void aCellThatFollowsFromRowsAndColumnsTogetherIsProtected() {
        long[][] counts = {
            {6, 6, 40, 40, 40},
            {6, 6, 5, 40, 40},
            {40, 40, 6, 6, 40},
            {40, 40, 6, 6, 40},
            {40, 40, 40, 40, 40}
        };
        Cube cube =
                new Cube(5, 1, 5, 0, new long[][][] {{counts[0]}, {counts[1]}, {counts[2]}, {counts[3]}, {counts[4]}});
        PublishedTable table = PublishedTable.of(counts, 5);
        int hidden = 0;
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                hidden += table.cell(r, c).hidden() ? 1 : 0;
            }
        }
        assertThat(hidden).as("more than the nine small cells").isGreaterThan(9);
        assertNothingGivenAway(cube, numbers(cube, publish(cube)));
    }

    @Test
    void tablesThatDoNotCountTheSamePeopleAreRefused() {
        LinkedTables linked = new LinkedTables(2);
        linked.add(new long[][] {{1, 2}});
        assertThatThrownBy(() -> linked.add(new long[][] {{2, 2}})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableWithMostlyHiddenNumbersSaysSo() {
        // 44 answers: none is shown, since the 20 protects the small ones beside it.
        assertThat(PublishedTable.of(new long[][] {{20, 4, 3}, {5, 6, 6}}, 3).mostlyHidden())
                .isTrue();
        assertThat(PublishedTable.of(new long[][] {{30, 20, 25}, {15, 16, 3}, {40, 40, 40}}, 3)
                        .mostlyHidden())
                .isFalse();
        assertThat(PublishedTable.of(new long[][] {{3}}, 1).mostlyHidden()).isTrue();
        // 11 shown of 23 is more than a third; 11 of 36 is less.
        assertThat(PublishedTable.of(new long[][] {{11, 4, 3, 5}}, 4).mostlyHidden())
                .isFalse();
        assertThat(PublishedTable.of(new long[][] {{11, 10, 10, 5}}, 4).mostlyHidden())
                .isTrue();
    }
}
