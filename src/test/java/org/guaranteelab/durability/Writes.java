package org.guaranteelab.durability;

import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One kind of write in the burst that {@link DurabilityKill} interrupts with SIGKILL. It remembers
 * every write the app acknowledged to its user, and checks after each restart that all of them,
 * from every round so far, are present and intact.
 */
interface Writes extends AutoCloseable {

    /**
     * Starts this kind's writers against the app at {@code base}; they write until {@code stopped}
     * is set (right after the kill) and then end by themselves.
     */
    Burst start(URI base, int round, Random random, AtomicBoolean stopped);

    /** What is missing or changed among everything acknowledged so far, one line each, after restart {@code restart}. */
    List<String> check(URI base, int restart) throws InterruptedException;

    /** For the summary, e.g. "1733 acknowledged saves". */
    String acknowledged();

    /** Requests or student visits that the kill cut off (never acknowledged, so they may or may not be stored). */
    int cut();

    @Override
    default void close() {
    }

    /** The writers of one round, and a latch that opens at this round's first acknowledged write. */
    record Burst(List<Thread> threads, CountDownLatch firstAck) {
    }
}
