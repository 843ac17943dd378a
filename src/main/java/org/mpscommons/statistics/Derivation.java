package org.mpscommons.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which hidden numbers a reader could work out from every sum together, by adding and subtracting whole equations.
 *
 * <p>Each sum is an equation over the hidden numbers (the shown ones are known constants). A hidden number follows from
 * them exactly when some combination of the equations leaves it alone: when its unit vector lies in the span of the
 * equations' rows. Gaussian elimination to reduced row echelon form tells: the number follows when its column holds a
 * pivot whose row has no other non-zero entry. The arithmetic is exact (whole numbers, each row divided by the greatest
 * common divisor of its entries as it goes), since a rounding error here would be a privacy error.
 */
final class Derivation {

    private Derivation() {}

    /**
     * The lowest index of a guarded number that follows from the sums, or -1 when none does. Every hidden (unknown)
     * number is an unknown of the equations; all are guarded except a withheld one that is not small.
     */
    static int firstDetermined(int size, boolean[] hidden, boolean[] guarded, List<int[]> sums) {
        int[] column = new int[size];
        int[] number = new int[size];
        int columns = 0;
        for (int i = 0; i < size; i++) {
            column[i] = hidden[i] ? columns : -1;
            if (hidden[i]) {
                number[columns++] = i;
            }
        }
        if (columns == 0) {
            return -1;
        }
        List<BigInteger[]> rows = new ArrayList<>();
        for (int[] sum : sums) {
            BigInteger[] row = new BigInteger[columns];
            Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (int i = 0; i < sum.length; i++) {
                int c = column[sum[i]];
                if (c >= 0) {
                    // Parts count +1, the total -1: parts - total = 0, minus the shown numbers.
                    row[c] = row[c].add(i < sum.length - 1 ? BigInteger.ONE : BigInteger.ONE.negate());
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int determined = Integer.MAX_VALUE;
        for (int[] pivot : reduce(rows, columns)) {
            BigInteger[] row = rows.get(pivot[0]);
            if (onlyEntry(row, pivot[1]) && guarded[number[pivot[1]]]) {
                determined = Math.min(determined, number[pivot[1]]);
            }
        }
        return determined == Integer.MAX_VALUE ? -1 : determined;
    }

    /** Reduces the rows in place; returns the pivots as {row, column}. */
    private static List<int[]> reduce(List<BigInteger[]> rows, int columns) {
        List<int[]> pivots = new ArrayList<>();
        int rank = 0;
        for (int c = 0; c < columns && rank < rows.size(); c++) {
            int found = -1;
            for (int r = rank; r < rows.size() && found < 0; r++) {
                if (rows.get(r)[c].signum() != 0) {
                    found = r;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] pivotRow = rows.get(found);
            rows.set(found, rows.get(rank));
            rows.set(rank, pivotRow);
            BigInteger pivot = pivotRow[c];
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == rank || row[c].signum() == 0) {
                    continue;
                }
                BigInteger factor = row[c];
                for (int k = 0; k < columns; k++) {
                    row[k] = row[k].multiply(pivot).subtract(pivotRow[k].multiply(factor));
                }
                divideByCommonDivisor(row);
            }
            pivots.add(new int[] {rank, c});
            rank++;
        }
        return pivots;
    }

    private static void divideByCommonDivisor(BigInteger[] row) {
        BigInteger divisor = BigInteger.ZERO;
        for (BigInteger entry : row) {
            divisor = divisor.gcd(entry);
        }
        if (divisor.compareTo(BigInteger.ONE) > 0) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(divisor);
            }
        }
    }

    private static boolean onlyEntry(BigInteger[] row, int column) {
        for (int k = 0; k < row.length; k++) {
            if (k != column && row[k].signum() != 0) {
                return false;
            }
        }
        return true;
    }
}
