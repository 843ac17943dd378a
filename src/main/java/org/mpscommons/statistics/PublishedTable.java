package org.mpscommons.statistics;

import org.springframework.modulith.NamedInterface;

/**
 * A table of counts with its row, column and grand totals as it may be published: no count from 1 to 10 can be read
 * from it, nor worked out from it and the tables published with it ({@link LinkedTables}).
 */
@NamedInterface("api")
public final class PublishedTable {

    private final int rows;
    private final int columns;
    /** The cells with the row totals as an extra last column and the column totals as an extra last row. */
    private final Cell[][] published;

    PublishedTable(int rows, int columns, Cell[][] published) {
        this.rows = rows;
        this.columns = columns;
        this.published = published;
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

    public Cell cell(int row, int column) {
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
     * Whether the table would be mostly hidden numbers: its grand total is hidden, or fewer than half of the people it
     * counts are in cells that are shown. A page then says so in words rather than drawing a wall of hidden numbers.
     * Decided from the shown numbers only, so the choice tells nothing more.
     */
    public boolean mostlyHidden() {
        if (grandTotal().hidden()) {
            return true;
        }
        long shown = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Cell cell = cell(r, c);
                shown += cell.hidden() ? 0 : cell.value();
            }
        }
        return shown * 2 < grandTotal().value();
    }

    private static int check(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
