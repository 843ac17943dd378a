package org.mpscommons.forum;

import java.time.Instant;
import java.util.Optional;
import org.mpscommons.web.Language;

/**
 * Which topics a list shows and from where it continues. Lists page by keyset (the sort key and id of the last topic
 * shown), never by OFFSET, so page 500 costs what page 1 costs.
 *
 * @param categoryId null for the whole forum
 * @param language null for every language
 * @param members whether members-only topics are included (only for signed-in readers)
 * @param after where the previous page ended, or null for the first page
 */
record TopicList(Long categoryId, Language language, Sort sort, boolean members, Cursor after, int limit) {

    enum Sort {
        /** Latest activity first. */
        LATEST,
        /** Most replies first. */
        TOP,
        /** Topics nobody has replied to yet, latest first. */
        UNANSWERED;

        static Sort parse(String value) {
            if (value == null) {
                return LATEST;
            }
            return switch (value) {
                case "top" -> TOP;
                case "unanswered" -> UNANSWERED;
                default -> LATEST;
            };
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The last topic of a page: its sort key (microseconds since the epoch of its last post, or its reply count) and
     * its id, which breaks ties. Written into "next page" links as {@code key.id}.
     */
    record Cursor(long key, long id) {

        static Optional<Cursor> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            int dot = value.indexOf('.');
            try {
                return Optional.of(
                        new Cursor(Long.parseLong(value.substring(0, dot)), Long.parseLong(value.substring(dot + 1))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        static Cursor of(TopicSummary last, Sort sort) {
            long key = sort == Sort.TOP ? last.replyCount() : micros(last.lastPostedAt());
            return new Cursor(key, last.id());
        }

        Instant instant() {
            return Instant.EPOCH.plusNanos(key * 1000);
        }

        String code() {
            return key + "." + id;
        }

        private static long micros(Instant instant) {
            return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
        }
    }
}
