package org.mpscommons.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every number published together, and the sums that tie them: each sum says that one number (a total) is the sum of
 * others (its parts). A reader who has all the tables can write down each sum as an equation and solve the equations
 * together; {@link #suppress()} decides which numbers to hide so that no hidden one can be worked out.
 *
 * <p><b>Primary suppression.</b> Every number from 1 to 10 is hidden.
 *
 * <p><b>Complementary suppression.</b> Then, until none applies anywhere:
 * <ol>
 *   <li>A sum must not have exactly one hidden number: it would be its total minus the others (or, for a hidden
 *       total, the sum of its parts).
 *   <li>Where a sum's total is shown, its hidden parts together must not hold 1 to 10: their sum is the total minus
 *       the shown parts, and two hidden parts that add up to 2 are both 1.
 *   <li>No hidden number may follow from all the sums together ({@link Derivation}): rule 1 looks at one sum at a time,
 *       and two sums can be subtracted from each other (a row and a column, or one table's row and the coarser row it
 *       is part of in another table).
 * </ol>
 * When a rule applies, the smallest shown non-zero part of the sum concerned is hidden too (the first of equals), or,
 * when its non-zero parts are hidden already, its total. Each step hides one more number, so it ends: at worst every
 * non-zero number is hidden, and then nothing follows (every hidden number could as well be twice as large).
 *
 * <p><b>Zero is shown as 0.</b> A zero names nobody, and hiding zeros would not protect anything: a hidden zero whose
 * sum has no other hidden number is worked out at once. Complements are therefore chosen among non-zero numbers only,
 * so every hidden number stands for at least one person; rule 2 keeps that from narrowing one down.
 *
 * <p><b>Withheld numbers.</b> A number can also be left out of the publication altogether ({@link #withhold}): a
 * table whose cells would be mostly hidden may be published as its rows' totals only. A withheld number is unknown to
 * the reader like a hidden one, and its sums still hold; it needs protecting only where it is small itself (its
 * value is nobody's business unless it is 1 to 10).
 *
 * <p>What this does not do: it does not bound a hidden number by reasoning with inequalities (that counts are never
 * negative), as an auditor with linear programming might; that can narrow a hidden number to a range, never to a
 * value, which is accepted for anonymous, self-reported answers.
 */
final class Numbers {

    private long[] values = new long[16];
    private boolean[] withheld = new boolean[16];
    private int size;
    private final List<int[]> sums = new ArrayList<>();

    /** Adds a number that will be published; returns its index. */
    int add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + value);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            withheld = Arrays.copyOf(withheld, size * 2);
        }
        values[size] = value;
        return size++;
    }

    long value(int number) {
        return values[number];
    }

    /** Leaves a number out of the publication: unknown to the reader, though its sums still hold. */
    void withhold(int number) {
        withheld[number] = true;
    }

    /** Declares that {@code total} is the sum of {@code parts}; the values must agree. */
    void sum(int total, int... parts) {
        long sum = 0;
        for (int part : parts) {
            sum += values[part];
        }
        if (sum != values[total]) {
            throw new IllegalArgumentException("The parts add up to " + sum + ", not " + values[total]);
        }
        int[] relation = Arrays.copyOf(parts, parts.length + 1);
        relation[parts.length] = total;
        sums.add(relation);
    }

    /** Which numbers the reader does not know (hidden or withheld), by index. */
    boolean[] suppress() {
        long[] all = Arrays.copyOf(values, size);
        boolean[] hidden = new boolean[size];
        boolean[] guarded = new boolean[size];
        for (int i = 0; i < size; i++) {
            hidden[i] = withheld[i] || SmallCounts.isSmall(all[i]);
            guarded[i] = SmallCounts.isSmall(all[i]);
        }
        while (true) {
            applySumRules(all, hidden, guarded);
            int determined = Derivation.firstDetermined(size, hidden, guarded, sums);
            if (determined < 0) {
                return hidden;
            }
            int complement = complementOf(all, hidden, determined);
            hidden[complement] = true;
            guarded[complement] = true;
        }
    }

    /**
     * Rules 1 and 2, until neither applies. {@code guarded} marks the unknown numbers that must not be worked out: the
     * hidden ones, and the withheld ones that are small.
     */
    private void applySumRules(long[] all, boolean[] hidden, boolean[] guarded) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] sum : sums) {
                if (exposes(sum, all, hidden, guarded)) {
                    int complement = complement(sum, all, hidden);
                    hidden[complement] = true;
                    guarded[complement] = true;
                    changed = true;
                }
            }
        }
    }

    private static boolean exposes(int[] sum, long[] all, boolean[] hidden, boolean[] guarded) {
        int unknown = 0;
        int lastUnknown = -1;
        long hiddenParts = 0;
        for (int i = 0; i < sum.length; i++) {
            if (hidden[sum[i]]) {
                unknown++;
                lastUnknown = sum[i];
                if (i < sum.length - 1) {
                    hiddenParts += all[sum[i]];
                }
            }
        }
        boolean totalShown = !hidden[sum[sum.length - 1]];
        return (unknown == 1 && guarded[lastUnknown]) || (totalShown && SmallCounts.isSmall(hiddenParts));
    }

    /** The smallest shown non-zero part of the sum, else its total. */
    private static int complement(int[] sum, long[] all, boolean[] hidden) {
        int smallest = smallestShownPart(sum, all, hidden);
        if (smallest >= 0) {
            return smallest;
        }
        int total = sum[sum.length - 1];
        if (!hidden[total] && all[total] > 0) {
            return total;
        }
        // Cannot happen: a hidden number is never 0, so its sum's total or another part is not 0 either.
        throw new IllegalStateException("No number left to hide in a sum that needs one");
    }

    /**
     * A hidden number that follows from the sums together: the smallest shown non-zero part of the sums it is in, else
     * the smallest shown total of them, else the smallest shown non-zero number of all.
     */
    private int complementOf(long[] all, boolean[] hidden, int determined) {
        int best = -1;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int[] sum : sums) {
                if (!contains(sum, determined)) {
                    continue;
                }
                int candidate = pass == 0 ? smallestShownPart(sum, all, hidden) : sum[sum.length - 1];
                if (candidate >= 0
                        && !hidden[candidate]
                        && all[candidate] > 0
                        && (best < 0 || all[candidate] < all[best])) {
                    best = candidate;
                }
            }
        }
        for (int i = 0; best < 0 && i < size; i++) {
            if (!hidden[i] && all[i] > 0) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("A hidden number follows from the sums, but every number is hidden");
        }
        return best;
    }

    private static int smallestShownPart(int[] sum, long[] all, boolean[] hidden) {
        int smallest = -1;
        for (int i = 0; i < sum.length - 1; i++) {
            int part = sum[i];
            if (!hidden[part] && all[part] > 0 && (smallest < 0 || all[part] < all[smallest])) {
                smallest = part;
            }
        }
        return smallest;
    }

    private static boolean contains(int[] sum, int number) {
        for (int n : sum) {
            if (n == number) {
                return true;
            }
        }
        return false;
    }
}
