package org.mpscommons.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Gives the members stored before V31 the confusable skeleton of their display name, once, at start-up: before the
 * site takes requests (this runs when the beans are ready, before the web server starts), so that uniqueness is
 * checked against every name from the first registration on. The skeleton is computed in Java (ICU), which SQL cannot
 * do, and doing it once here keeps the check one indexed lookup instead of computing skeletons lazily on every read.
 * Two old names that already look alike both stay, and neither stops the site: the later one keeps no skeleton (the
 * unique index allows any number of empty ones) and a warning names both members, so an admin can ask one to pick
 * another name. A new look-alike of either is still refused, since the earlier one's skeleton is the same.
 */
@Component
class DisplayNameSkeletons implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DisplayNameSkeletons.class);
    private static final int BATCH = 500;

    private final MemberRepository members;

    DisplayNameSkeletons(MemberRepository members) {
        this.members = members;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            int stored = backfill();
            if (stored > 0) {
                log.info("Stored the confusable skeleton of {} members' display names", stored);
            }
        } catch (DataAccessException e) {
            // The site works without them (a look-alike of an old name gets through); the next start tries again.
            log.warn("Could not store display name skeletons; trying again at the next start", e);
        }
    }

    /** Returns how many skeletons it stored. */
    int backfill() {
        List<MemberRepository.Skeleton> missing = members.withoutSkeleton();
        Map<String, Long> firstHolder = new HashMap<>();
        List<MemberRepository.Skeleton> unique = new ArrayList<>();
        for (MemberRepository.Skeleton row : missing) {
            Long earlier = firstHolder.putIfAbsent(row.skeleton(), row.id());
            if (earlier == null) {
                unique.add(row);
            } else {
                lookAlike(row.id(), earlier);
            }
        }
        int stored = 0;
        for (int from = 0; from < unique.size(); from += BATCH) {
            List<MemberRepository.Skeleton> chunk = unique.subList(from, Math.min(from + BATCH, unique.size()));
            try {
                stored += members.storeSkeletons(chunk);
            } catch (DuplicateKeyException taken) {
                // A name registered since (or on another node) holds one of these: one by one, to find which.
                for (MemberRepository.Skeleton row : chunk) {
                    try {
                        stored += members.storeSkeletons(List.of(row));
                    } catch (DuplicateKeyException clash) {
                        lookAlike(
                                row.id(),
                                members.holderOfSkeleton(row.skeleton()).orElse(null));
                    }
                }
            }
        }
        return stored;
    }

    private static void lookAlike(long member, Long holder) {
        log.warn(
                "The display name of member {} looks like that of member {}; both stay, new look-alikes are refused",
                member,
                holder);
    }
}
