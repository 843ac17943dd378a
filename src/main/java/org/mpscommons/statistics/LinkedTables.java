package org.mpscommons.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Tables of counts published together (on one page and in its downloads), each counting the same people by a
 * different category (a year, a place, a diagnosis) against the same columns (an answer), with row, column and grand
 * totals. Since they count the same people, they share their column totals and grand total; a coarser table may
 * also hold rows that are the sum of rows of a finer one ({@link #rowIsSum}) or the very same row
 * ({@link #sameRow}). {@link #publish()} then hides counts from 1 to 10 and whatever else would let a reader work one
 * out by subtraction from anything published together, by the rules of {@link Numbers}.
 *
 * <p>Declare every table and every link before publishing: a table published on its own (or a link left out) is a
 * table whose hidden numbers may be worked out from the others.
 *
 * <pre>{@code
 * LinkedTables linked = new LinkedTables(5);
 * int byYear = linked.add(countsByYear);
 * int byRegion = linked.add(countsByRegion);
 * int byCountry = linked.add(countsByCountry);
 * linked.rowIsSum(byCountry, 0, byRegion, 0, 1, 2);   // Japan = its regions
 * linked.sameRow(byCountry, 1, byRegion, 3);          // the United States in both
 * List<PublishedTable> tables = linked.publish();
 * }</pre>
 *
 * <p>A hidden number is marked the same way whether it is small or hides another: marking the two kinds apart would
 * tell a reader that a complement is 11 or more, and narrow the small one down.
 */
@NamedInterface("api")
public final class LinkedTables {

    private final int columns;
    private final Numbers numbers = new Numbers();
    private final List<Layout> tables = new ArrayList<>();
    private int[] columnTotals;
    private int grandTotal = -1;

    /** Where a table's numbers are among all the numbers: its cells, then its row totals. */
    private record Layout(int[][] cells, int[] rowTotals) {}

    private final Set<Integer> totalsOnly = new HashSet<>();

    public LinkedTables(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("A table needs a column");
        }
        this.columns = columns;
    }

    /**
     * Adds a table; returns its index (the order of {@link #publish()}).
     *
     * @param counts one array per row, each of {@code columns} counts, none negative; the column sums must be those of
     *     the tables added before (they count the same people)
     */
    public int add(long[][] counts) {
        long[] columnSums = new long[columns];
        int[][] cells = new int[counts.length][columns];
        int[] rowTotals = new int[counts.length];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("Row " + r + " has " + counts[r].length + " cells, not " + columns);
            }
            long rowSum = 0;
            for (int c = 0; c < columns; c++) {
                cells[r][c] = numbers.add(counts[r][c]);
                rowSum += counts[r][c];
                columnSums[c] += counts[r][c];
            }
            rowTotals[r] = numbers.add(rowSum);
        }
        boolean first = columnTotals == null;
        if (first) {
            columnTotals = new int[columns];
            long all = 0;
            for (int c = 0; c < columns; c++) {
                columnTotals[c] = numbers.add(columnSums[c]);
                all += columnSums[c];
            }
            grandTotal = numbers.add(all);
        }
        // The order of the sums is the order the rules visit them: rows, the totals row, columns, the totals column.
        for (int r = 0; r < counts.length; r++) {
            numbers.sum(rowTotals[r], cells[r]);
        }
        if (first) {
            numbers.sum(grandTotal, columnTotals);
        }
        for (int c = 0; c < columns; c++) {
            int[] column = new int[counts.length];
            for (int r = 0; r < counts.length; r++) {
                column[r] = cells[r][c];
            }
            numbers.sum(columnTotals[c], column);
        }
        numbers.sum(grandTotal, rowTotals);
        tables.add(new Layout(cells, rowTotals));
        return tables.size() - 1;
    }

    /** Declares that a row of one table is the sum of rows of another (Japan and its eight regions). */
    public void rowIsSum(int table, int row, int finerTable, int... finerRows) {
        Layout coarse = tables.get(table);
        Layout fine = tables.get(finerTable);
        for (int c = 0; c < columns; c++) {
            int[] parts = new int[finerRows.length];
            for (int i = 0; i < finerRows.length; i++) {
                parts[i] = fine.cells()[finerRows[i]][c];
            }
            numbers.sum(coarse.cells()[row][c], parts);
        }
        int[] totals = new int[finerRows.length];
        for (int i = 0; i < finerRows.length; i++) {
            totals[i] = fine.rowTotals()[finerRows[i]];
        }
        numbers.sum(coarse.rowTotals()[row], totals);
    }

    /** Declares that a row of one table is the same as a row of another (a country in both). */
    public void sameRow(int table, int row, int otherTable, int otherRow) {
        rowIsSum(table, row, otherTable, otherRow);
    }

    /**
     * Publishes only the rows' totals of a table, not its cells: for a table whose cells would be mostly hidden. Its
     * cells stay in every sum as unknowns (so a small one among them is still protected), which frees the numbers
     * that only had to be hidden to protect them: the coarser totals then show more.
     */
    public void publishTotalsOnly(int table) {
        for (int[] row : tables.get(table).cells()) {
            for (int cell : row) {
                numbers.withhold(cell);
            }
        }
        totalsOnly.add(table);
    }

    /** The tables in the order they were added, with the numbers that may be published. */
    public List<PublishedTable> publish() {
        if (columnTotals == null) {
            throw new IllegalStateException("No table to publish");
        }
        boolean[] hidden = numbers.suppress();
        List<PublishedTable> published = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Layout layout = tables.get(t);
            int rows = layout.rowTotals().length;
            Cell[][] cells = new Cell[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    cells[r][c] = cell(layout.cells()[r][c], hidden);
                }
                cells[r][columns] = cell(layout.rowTotals()[r], hidden);
            }
            for (int c = 0; c < columns; c++) {
                cells[rows][c] = cell(columnTotals[c], hidden);
            }
            cells[rows][columns] = cell(grandTotal, hidden);
            published.add(new PublishedTable(rows, columns, cells, totalsOnly.contains(t)));
        }
        return published;
    }

    private Cell cell(int number, boolean[] hidden) {
        return hidden[number] ? Cell.HIDDEN : new Cell(numbers.value(number));
    }
}
