package org.tandem.common.ids;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for new records and requests, as unpredictable as {@link UUID#randomUUID()} and without
 * its bottleneck. The JDK's one shares a single NativePRNG, which reads /dev/urandom on every call while holding a
 * lock: every entity Hibernate loads runs its field initialiser ({@code id = ...}), so a meeting read with its agenda
 * and register made dozens of such calls, and under concurrent load the threads queued on that lock for longer than
 * the rest of the request took. Here a few DRBG generators (seeded once each from the system, then computing in
 * process) are shared by thread, so no call makes a system call and few ever wait.
 */
public final class RandomUuids {
    private static final int STRIPES = 16;
    private static final SecureRandom[] GENERATORS = new SecureRandom[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            GENERATORS[i] = drbg();
        }
    }

    private RandomUuids() {}

    public static UUID next() {
        byte[] bytes = new byte[16];
        GENERATORS[(int) (Thread.currentThread().threadId() & (STRIPES - 1))].nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer big = ByteBuffer.wrap(bytes);
        return new UUID(big.getLong(), big.getLong());
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no DRBG SecureRandom", e);
        }
    }
}
