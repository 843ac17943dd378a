package org.mpscommons.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Puts features' contributions (robots.txt rules, navigation entries, admin links) in the order each declares. Two
 * with the same number fail the start-up: their order would then hang on the order Spring found the beans in.
 */
final class ContributionOrder {

    static <T> List<T> sorted(Collection<T> contributions, ToIntFunction<T> order, String what) {
        List<T> sorted =
                contributions.stream().sorted(Comparator.comparingInt(order)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (order.applyAsInt(sorted.get(i - 1)) == order.applyAsInt(sorted.get(i))) {
                throw new IllegalStateException("Two " + what + " have the order " + order.applyAsInt(sorted.get(i))
                        + ": " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return sorted;
    }

    private ContributionOrder() {}
}
