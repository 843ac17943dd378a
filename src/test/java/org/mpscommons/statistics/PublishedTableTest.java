package org.mpscommons.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small counts are hidden, and so is whatever would let a reader work them out from the totals: crafted tables with
 * the expected hidden cells, and random ones checked against the rules.
 */
class PublishedTableTest {

    /** A table's cells hidden ("h") or shown (their number), row by row, then the row totals, column totals, grand. */
    private static String picture(PublishedTable table) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                out.append(text(table.cell(r, c))).append(' ');
            }
            out.append("| ").append(text(table.rowTotal(r))).append('\n');
        }
        for (int c = 0; c < table.columns(); c++) {
            out.append(text(table.columnTotal(c))).append(' ');
        }
        return out.append("| ").append(text(table.grandTotal())).toString();
    }

    private static String text(Cell cell) {
        return cell.hidden() ? "h" : cell.value().toString();
    }

    private static PublishedTable of(long[]... rows) {
        return PublishedTable.of(rows, rows.length == 0 ? 3 : rows[0].length);
    }

    @Test
    void aTableWithoutSmallCountsIsShownWhole() {
        PublishedTable table = of(new long[] {11, 20, 0}, new long[] {30, 12, 15});
        assertThat(picture(table)).isEqualTo("""
                11 20 0 | 31
                30 12 15 | 57
                41 32 15 | 88""");
        assertRules(table, new long[][] {{11, 20, 0}, {30, 12, 15}});
    }

    @Test
    void anEmptyTableHasAGrandTotalOfZero() {
        PublishedTable table = of();
        assertThat(table.rows()).isZero();
        assertThat(table.columns()).isEqualTo(3);
        assertThat(table.grandTotal().value()).isZero();
        assertThat(table.isEmpty()).isTrue();
        assertThat(table.columnTotal(0).value()).isZero();
    }

    @Test
    void zerosAreShownAndNeverHidden() {
        PublishedTable table = of(new long[] {0, 0, 0}, new long[] {0, 0, 0});
        assertThat(picture(table)).isEqualTo("""
                0 0 0 | 0
                0 0 0 | 0
                0 0 0 | 0""");
        assertThat(table.isEmpty()).isTrue();
    }

    @Test
    void aSmallCellAloneInItsRowAndColumnTakesItsNeighboursAlong() {
        // 5 is hidden; its row would then give it away (55 - 20 - 30), so the row's smallest other cell, 20, goes too;
        // each of their columns then has one hidden cell, so 40 and 50 go; the second row now hides two, adding up to
        // 90.
        long[][] counts = {{5, 20, 30}, {40, 50, 60}, {70, 80, 90}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(picture(table)).isEqualTo("""
                h h 30 | 55
                h h 60 | 150
                70 80 90 | 240
                115 150 180 | 445""");
        assertRules(table, counts);
    }

    @Test
    void smallCellsSharingARowAreEachAloneInTheirColumn() {
        // The row hides two numbers adding up to 13, which is safe; each column hides one, so 20 and 25 go too.
        long[][] counts = {{6, 7, 30}, {20, 25, 40}, {50, 60, 70}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(picture(table)).isEqualTo("""
                h h 30 | 43
                h h 40 | 85
                50 60 70 | 180
                76 92 140 | 308""");
        assertRules(table, counts);
    }

    @Test
    void twoSmallCellsInOneRowThatAddUpToLessThanElevenTakeAThird() {
        // 1 + 1 = 2 could be read from the total 22 (both hidden cells are at least 1: both are 1).
        long[][] counts = {{1, 1, 20}, {30, 30, 30}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(picture(table).lines().findFirst().orElseThrow()).isEqualTo("h h h | 22");
        assertRules(table, counts);
    }

    @Test
    void aSmallCellWhoseRowIsOtherwiseZeros() {
        // The first row is 5 and zeros: its total is small and hidden too. Its column then hides 20; the totals column,
        // where the row's total is the only hidden number, hides the second row's total (not a cell: it has no other).
        long[][] counts = {{5, 0, 0}, {20, 30, 40}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(picture(table)).isEqualTo("""
                h 0 0 | h
                h 30 40 | h
                25 30 40 | 95""");
        assertRules(table, counts);
    }

    @Test
    void aSmallRowTotalIsHiddenAndProtectedInTheTotalsColumn() {
        long[][] counts = {{3, 4, 0}, {40, 50, 60}, {45, 55, 65}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(table.rowTotal(0).hidden()).isTrue();
        assertThat(table.cell(0, 2).value()).isZero();
        assertRules(table, counts);
    }

    @Test
    void complementsCascadeThroughTheTable() {
        // Each hidden cell forces one in the next column, which forces one in the next row, down the diagonal.
        long[][] counts = {{2, 40, 0, 0}, {0, 30, 25, 0}, {0, 0, 35, 45}, {50, 0, 0, 55}};
        PublishedTable table = PublishedTable.of(counts, 4);
        assertRules(table, counts);
        assertThat(table.cell(0, 0).hidden()).isTrue();
        assertThat(table.cell(0, 1).hidden()).isTrue();
        assertThat(table.cell(1, 1).hidden()).isTrue();
        assertThat(table.cell(1, 2).hidden()).isTrue();
        assertThat(table.cell(2, 2).hidden()).isTrue();
        assertThat(table.cell(2, 3).hidden()).isTrue();
        assertThat(table.cell(3, 3).hidden()).isTrue();
        assertThat(table.cell(3, 0).hidden()).isTrue();
        assertThat(table.grandTotal().value()).isEqualTo(282);
    }

    @Test
    void anAllSmallTableShowsOnlyItsGrandTotal() {
        long[][] counts = {{3, 3}, {3, 3}};
        PublishedTable table = PublishedTable.of(counts, 2);
        assertThat(picture(table)).isEqualTo("""
                h h | h
                h h | h
                h h | 12""");
        assertRules(table, counts);
    }

    @Test
    void aTableOfFewerThanElevenResponsesShowsNothing() {
        long[][] counts = {{2, 3, 0}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(picture(table)).isEqualTo("""
                h h 0 | h
                h h 0 | h""");
        assertThat(table.isEmpty()).isFalse();
    }

    @Test
    void aSingleRowWithOneSmallCell() {
        // Row and totals row are the same line twice over: hiding 12 alongside 4 keeps 4 from being 20 - 16.
        long[][] counts = {{4, 12, 0}};
        PublishedTable table = PublishedTable.of(counts, 3);
        assertThat(picture(table)).isEqualTo("""
                h h 0 | 16
                h h 0 | 16""");
        assertRules(table, counts);
    }

    @Test
    void rowsOfTheWrongLengthOrNegativeCountsAreRefused() {
        assertThatThrownBy(() -> PublishedTable.of(new long[][] {{1, 2}}, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublishedTable.of(new long[][] {{-1, 2, 3}}, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomTablesKeepEveryRule() {
        Random random = new Random(20240607);
        for (int round = 0; round < 2000; round++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(6);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    // Mostly small numbers and zeros, where the rules have most to do.
                    row[c] = switch (random.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> 1 + random.nextInt(10);
                        case 2 -> 11 + random.nextInt(20);
                        default -> random.nextInt(200);
                    };
                }
            }
            assertRules(PublishedTable.of(counts, columns), counts);
        }
    }

    /**
     * What a reader could work out from one row or column is nothing small: no shown number is from 1 to 10, shown
     * numbers are right, zeros are shown, no line (totals row and column included) has exactly one hidden number,
     * and where a line's total is shown its hidden cells add up to 0 or at least 11.
     */
    private static void assertRules(PublishedTable table, long[][] counts) {
        int rows = counts.length;
        int columns = table.columns();
        long[][] full = new long[rows + 1][columns + 1];
        Cell[][] shown = new Cell[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                full[r][c] = counts[r][c];
                full[r][columns] += counts[r][c];
                full[rows][c] += counts[r][c];
                full[rows][columns] += counts[r][c];
                shown[r][c] = table.cell(r, c);
            }
            shown[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            shown[rows][c] = table.columnTotal(c);
        }
        shown[rows][columns] = table.grandTotal();
        List<List<int[]>> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            List<int[]> line = new ArrayList<>();
            for (int c = 0; c <= columns; c++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        for (int c = 0; c <= columns; c++) {
            List<int[]> line = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Cell cell = shown[r][c];
                if (full[r][c] == 0) {
                    assertThat(cell.value()).as("zero at %d,%d", r, c).isEqualTo(0L);
                } else if (full[r][c] < SmallCounts.SMALLEST_SHOWN) {
                    assertThat(cell.hidden()).as("small count at %d,%d", r, c).isTrue();
                } else if (!cell.hidden()) {
                    assertThat(cell.value()).isEqualTo(full[r][c]);
                }
            }
        }
        for (List<int[]> line : lines) {
            int hidden = 0;
            long hiddenSum = 0;
            for (int i = 0; i < line.size(); i++) {
                int[] at = line.get(i);
                if (shown[at[0]][at[1]].hidden()) {
                    hidden++;
                    if (i < line.size() - 1) {
                        hiddenSum += full[at[0]][at[1]];
                    }
                }
            }
            int[] total = line.getLast();
            assertThat(hidden)
                    .as("hidden numbers in a line of %s", java.util.Arrays.deepToString(counts))
                    .isNotEqualTo(1);
            if (!shown[total[0]][total[1]].hidden()) {
                assertThat(SmallCounts.isSmall(hiddenSum))
                        .as("hidden sum %d in a line of %s", hiddenSum, java.util.Arrays.deepToString(counts))
                        .isFalse();
            }
        }
    }
}
