package org.mpscommons.content.images;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The few uploads worked on at once: read into memory, decoded, scaled and encoded afresh. Each may hold its file (up
 * to 8 MB), up to {@link ImageReencoder#MAX_PIXEL_BYTES} of pixels and the new file, and keeps a core busy; two at a
 * time bound what a burst of uploads takes from the heap and leave the pages some CPU. An upload that finds both
 * taken waits briefly, then is told to try again: a queue that grows with an attack would only hold more in memory.
 * One set of slots for every kind of upload (photos in posts, profile pictures): they share the heap and the cores.
 * Features take them through {@link ImageReencoding}; it is public only so that tests can hold them.
 */
@Component
public class DecodingSlots {

    /** Two cores on the machine we size for: one decode each at most. */
    public static final int AT_ONCE = 2;

    /** Long enough for the largest image we accept to be decoded (about two seconds on a slow core). */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final Semaphore slots = new Semaphore(AT_ONCE, true);

    /** Takes a slot, waiting at most {@link #WAIT}; false when none came free. Give it back with {@link #release}. */
    public boolean take() {
        try {
            return slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release() {
        slots.release();
    }
}
