package org.mpscommons.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader who has every table published together and works out whatever follows by adding and subtracting what is
 * shown. Written independently of the statistics module's own check: a published number is a set of people (the
 * "atoms", the finest groups: one category of each dimension), and a hidden number can be worked out exactly when its
 * set, as a vector over the atoms, is a combination of the shown numbers' sets. The reader does not know which atoms
 * are empty beyond what shown zeros tell, which is what the shown zeros' vectors express.
 */
public final class Reader {

    private final int atoms;
    /** The shown numbers' vectors reduced to echelon form: each row's first non-zero entry is its pivot. */
    private final List<BigInteger[]> basis = new ArrayList<>();

    private final List<int[]> pivots = new ArrayList<>();

    public Reader(int atoms) {
        this.atoms = atoms;
    }

    /** Reads a shown number: the people it counts. */
    public void learn(boolean[] people) {
        BigInteger[] row = reduce(vector(people));
        for (int k = 0; k < atoms; k++) {
            if (row[k].signum() != 0) {
                basis.add(row);
                pivots.add(new int[] {k});
                return;
            }
        }
    }

    /** Whether the number of these people follows from what was read. */
    public boolean canWorkOut(boolean[] people) {
        BigInteger[] row = reduce(vector(people));
        for (BigInteger entry : row) {
            if (entry.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private BigInteger[] vector(boolean[] people) {
        BigInteger[] row = new BigInteger[atoms];
        for (int k = 0; k < atoms; k++) {
            row[k] = people[k] ? BigInteger.ONE : BigInteger.ZERO;
        }
        return row;
    }

    private BigInteger[] reduce(BigInteger[] row) {
        for (int b = 0; b < basis.size(); b++) {
            int pivot = pivots.get(b)[0];
            if (row[pivot].signum() == 0) {
                continue;
            }
            BigInteger[] base = basis.get(b);
            BigInteger factor = row[pivot];
            BigInteger scale = base[pivot];
            BigInteger divisor = BigInteger.ZERO;
            for (int k = 0; k < atoms; k++) {
                row[k] = row[k].multiply(scale).subtract(base[k].multiply(factor));
                divisor = divisor.gcd(row[k]);
            }
            if (divisor.compareTo(BigInteger.ONE) > 0) {
                for (int k = 0; k < atoms; k++) {
                    row[k] = row[k].divide(divisor);
                }
            }
        }
        return row;
    }
}
