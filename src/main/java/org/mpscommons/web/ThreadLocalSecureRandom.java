package org.mpscommons.web;

import java.security.SecureRandom;

/**
 * A SecureRandom whose bytes come from one generator per thread. The JDK's default generator serializes all threads
 * on one lock; every visitor's first page needs fresh random bytes (a CSRF token and its per-response mask), and under
 * load the request threads queued there (measured on the topic page at 64 connections).
 */
final class ThreadLocalSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> LOCAL = ThreadLocal.withInitial(ThreadLocalSecureRandom::create);

    static final ThreadLocalSecureRandom INSTANCE = new ThreadLocalSecureRandom();

    private ThreadLocalSecureRandom() {}

    @Override
    public void nextBytes(byte[] bytes) {
        LOCAL.get().nextBytes(bytes);
    }

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
