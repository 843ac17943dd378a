package org.mpscommons.doctorkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts with its row, column and grand totals, as it may be published: no number from 1 to
 * {@value #SMALLEST_SHOWN} - 1 can be read from it, nor worked out from the other numbers it shows.
 *
 * <p><b>Primary suppression.</b> Every cell and every total from 1 to 10 is hidden.
 *
 * <p><b>Complementary suppression.</b> The totals are published, so each row (its cells and its total) and each
 * column is an equation a reader can solve. The totals row and the totals column are such lines too, with the grand
 * total as their total. Two rules are applied to every line until neither applies anywhere:
 * <ol>
 *   <li>A line must not have exactly one hidden number: it would be its total minus the others (or, for a hidden
 *       total, the sum of its cells).
 *   <li>Where a line's total is shown, the hidden cells of the line together must not hold 1 to 10: their sum is the
 *       total minus the shown cells, and two hidden cells that add up to 2 are both 1.
 * </ol>
 * When a rule applies, the smallest shown non-zero cell of the line is hidden too (the first of equals), or, when
 * every non-zero cell is hidden already, the line's total. Each step hides one more number, so it ends. This is the
 * usual simple method; it does not solve every row and column together (an auditor with linear programming might
 * still narrow a hidden cell to a range), which is acceptable for self-reported, anonymous answers.
 *
 * <p><b>Zero is shown as 0.</b> A zero names nobody. Hiding zeros would not protect anything either: where the total
 * is shown, a hidden zero whose line has no other hidden number is worked out as zero at once, and hiding every zero
 * would hide most of a young site's tables. Complements are therefore chosen among non-zero cells only, so a hidden
 * number always stands for at least one response; rule 2 keeps that from narrowing it down. That everyone in a row
 * gave the same answer can be seen (the other cells are 0); the rows are broad groups (a year, a region of Japan or a
 * country, a diagnosis) and the answers are anonymous, so this is accepted.
 *
 * <p>A hidden number is marked the same way whether it is small or hides another: marking the two kinds apart would
 * tell a reader that a complement is 11 or more, and narrow the small one down.
 */
final class SuppressedTable {

    /** Counts below this are never shown: the threshold health statistics commonly use for small groups. */
    static final int SMALLEST_SHOWN = 11;

    /** One published number: its value, or null where it is hidden. */
    record Cell(Long value) {

        static final Cell HIDDEN = new Cell(null);

        boolean hidden() {
            return value == null;
        }
    }

    private final int rows;
    private final int columns;
    /** The cells with the row totals as an extra last column and the column totals as an extra last row. */
    private final Cell[][] published;

    private SuppressedTable(int rows, int columns, Cell[][] published) {
        this.rows = rows;
        this.columns = columns;
        this.published = published;
    }

    /**
     * @param counts one array per row, all of the same length (the number of columns), no negative counts
     */
    static SuppressedTable of(long[][] counts, int columns) {
        int rows = counts.length;
        long[][] values = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("Row " + r + " has " + counts[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                long n = counts[r][c];
                if (n < 0) {
                    throw new IllegalArgumentException("A count cannot be negative: " + n);
                }
                values[r][c] = n;
                values[r][columns] += n;
                values[rows][c] += n;
                values[rows][columns] += n;
            }
        }
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = isSmall(values[r][c]);
            }
        }
        new Complements(values, hidden, lines(rows, columns)).apply();
        Cell[][] published = new Cell[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                published[r][c] = hidden[r][c] ? Cell.HIDDEN : new Cell(values[r][c]);
            }
        }
        return new SuppressedTable(rows, columns, published);
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    Cell cell(int row, int column) {
        return published[check(row, rows)][check(column, columns)];
    }

    Cell rowTotal(int row) {
        return published[check(row, rows)][columns];
    }

    Cell columnTotal(int column) {
        return published[rows][check(column, columns)];
    }

    Cell grandTotal() {
        return published[rows][columns];
    }

    /** No responses at all (a grand total of zero is safe to say). */
    boolean isEmpty() {
        return Long.valueOf(0).equals(grandTotal().value());
    }

    static boolean isSmall(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }

    private static int check(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    /** Every row and column of the table with its totals, each as positions {row, column}, its total last. */
    private static List<int[][]> lines(int rows, int columns) {
        List<int[][]> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            int[][] line = new int[columns + 1][];
            for (int c = 0; c <= columns; c++) {
                line[c] = new int[] {r, c};
            }
            lines.add(line);
        }
        for (int c = 0; c <= columns; c++) {
            int[][] line = new int[rows + 1][];
            for (int r = 0; r <= rows; r++) {
                line[r] = new int[] {r, c};
            }
            lines.add(line);
        }
        return lines;
    }

    /** The two rules of the class comment, applied until nothing changes. */
    private record Complements(long[][] values, boolean[][] hidden, List<int[][]> lines) {

        void apply() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[][] line : lines) {
                    if (exposes(line)) {
                        int[] next = complement(line);
                        hidden[next[0]][next[1]] = true;
                        changed = true;
                    }
                }
            }
        }

        private boolean exposes(int[][] line) {
            int hiddenNumbers = 0;
            long hiddenSum = 0;
            for (int i = 0; i < line.length; i++) {
                if (isHidden(line[i])) {
                    hiddenNumbers++;
                    if (i < line.length - 1) {
                        hiddenSum += value(line[i]);
                    }
                }
            }
            boolean totalShown = !isHidden(line[line.length - 1]);
            return hiddenNumbers == 1 || (totalShown && isSmall(hiddenSum));
        }

        /** The smallest shown non-zero cell of the line, else its total. */
        private int[] complement(int[][] line) {
            int[] smallest = null;
            for (int i = 0; i < line.length - 1; i++) {
                boolean candidate = !isHidden(line[i]) && value(line[i]) > 0;
                if (candidate && (smallest == null || value(line[i]) < value(smallest))) {
                    smallest = line[i];
                }
            }
            int[] total = line[line.length - 1];
            if (smallest == null && !isHidden(total) && value(total) > 0) {
                return total;
            }
            if (smallest == null) {
                // Cannot happen: a hidden number is never 0, so its line's total or another cell is not 0 either.
                throw new IllegalStateException("No number left to hide in a line that needs one");
            }
            return smallest;
        }

        private boolean isHidden(int[] at) {
            return hidden[at[0]][at[1]];
        }

        private long value(int[] at) {
            return values[at[0]][at[1]];
        }
    }
}
