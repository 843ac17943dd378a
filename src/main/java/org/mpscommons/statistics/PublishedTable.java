package org.mpscommons.statistics;

import org.springframework.modulith.NamedInterface;

/**
 * A table of counts with its row, column and grand totals as it may be published: no count from 1 to 10 can be read
 * from it, nor worked out from it and the tables published with it ({@link LinkedTables}).
 */
@NamedInterface("api")
public final class PublishedTable {

    /**
     * A table says little when fewer than 1 in this many of its people are in shown cells: then two thirds or more of
     * every bar would be hatching. Below that, the bars still tell something (a third shown, the rest hidden as one).
     */
    static final int SAYS_LITTLE_BELOW_ONE_IN = 3;

    private final int rows;
    private final int columns;
    /** The cells with the row totals as an extra last column and the column totals as an extra last row. */
    private final Cell[][] published;

    private final boolean totalsOnly;

    PublishedTable(int rows, int columns, Cell[][] published, boolean totalsOnly) {
        this.rows = rows;
        this.columns = columns;
        this.published = published;
        this.totalsOnly = totalsOnly;
    }

    /** A table published on its own. */
    public static PublishedTable of(long[][] counts, int columns) {
        LinkedTables linked = new LinkedTables(columns);
        linked.add(counts);
        return linked.publish().getFirst();
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /**
     * Whether only the rows' totals (and the column and grand totals) are published, not the cells
     * ({@link LinkedTables#publishTotalsOnly}).
     */
    public boolean totalsOnly() {
        return totalsOnly;
    }

    /**
     * @throws IllegalStateException for a table published as totals only: its cells are not published at all, which is
     *     not the same as hidden (a download must leave them out, not mark them suppressed)
     */
    public Cell cell(int row, int column) {
        if (totalsOnly) {
            throw new IllegalStateException("Only the totals of this table are published");
        }
        return published[check(row, rows)][check(column, columns)];
    }

    public Cell rowTotal(int row) {
        return published[check(row, rows)][columns];
    }

    public Cell columnTotal(int column) {
        return published[rows][check(column, columns)];
    }

    public Cell grandTotal() {
        return published[rows][columns];
    }

    /** No people counted at all (a grand total of zero is safe to say). */
    public boolean isEmpty() {
        return Long.valueOf(0).equals(grandTotal().value());
    }

    /**
     * Whether the table would be mostly hidden numbers: its grand total is hidden, or fewer than a third of the people
     * it counts ({@link #SAYS_LITTLE_BELOW_ONE_IN}) are in cells that are shown (and always for a table of totals only). A page then says so in words rather
     * than drawing a wall of hidden numbers, and may publish the table's totals only. Decided from the shown numbers
     * only.
     */
    public boolean mostlyHidden() {
        if (totalsOnly || grandTotal().hidden()) {
            return true;
        }
        long shown = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Cell cell = cell(r, c);
                shown += cell.hidden() ? 0 : cell.value();
            }
        }
        return shown * SAYS_LITTLE_BELOW_ONE_IN < grandTotal().value();
    }

    private static int check(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
