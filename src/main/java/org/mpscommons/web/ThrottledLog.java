package org.mpscommons.web;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * One INFO line at most per interval for something any client can cause as often as it likes (a flood of broken
 * requests, connections over a limit): the first occurrence is logged, later ones are counted, and the count goes
 * with the next line. One client once wrote 20,000 lines in 15 seconds when each occurrence had a line of its own.
 */
final class ThrottledLog {

    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Logger log;
    private final String what;
    private long lastLine;
    private boolean logged;
    private long unlogged;

    /** @param what the message, with {} for how many times it happened since the previous line */
    ThrottledLog(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /** @param latest what a reader needs of this occurrence (never a request's values) */
    void occurred(String latest) {
        long now = System.nanoTime();
        long count;
        synchronized (this) {
            unlogged++;
            if (logged && now - lastLine < INTERVAL.toNanos()) {
                return;
            }
            count = unlogged;
            unlogged = 0;
            lastLine = now;
            logged = true;
        }
        log.info(what + "; latest: {} (at most one such line a minute)", count, latest);
    }
}
