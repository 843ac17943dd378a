package org.mpscommons.forum;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The few uploads whose pixels are worked on at once. Each may hold up to {@link ImageReencoder#MAX_PIXEL_BYTES} of
 * pixels and keeps a core busy; two at a time bound what a burst of uploads takes from the heap and leave the pages
 * some CPU. An upload that finds both taken waits briefly, then is told to try again: a queue that grows with an
 * attack would only hold more uploads in memory.
 */
@Component
class DecodingSlots {

    /** Two cores on the machine we size for: one decode each at most. */
    static final int AT_ONCE = 2;

    /** Long enough for the largest image we accept to be decoded (about two seconds on a slow core). */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final Semaphore slots = new Semaphore(AT_ONCE, true);

    /** Takes a slot, waiting at most {@link #WAIT}; false when none came free. Give it back with {@link #release}. */
    boolean take() {
        try {
            return slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        slots.release();
    }
}
