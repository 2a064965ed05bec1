package com.hallqueue.server.retries;

/**
 * A client's {@code Idempotency-Key}: who sent it, the key, and a digest of what was asked.
 * Two requests with one caller and key are one action; the digest tells a true retry from
 * another request that reuses the key by mistake.
 */
public record RetryKey(String caller, String key, String requestHash) {

    /** Any string of 1–64 visible ASCII characters, as the contract says. */
    public static boolean wellFormed(String key) {
        if (key == null || key.isEmpty() || key.length() > 64) {
            return false;
        }
        return key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F);
    }

    /** The same key of the same caller, whatever was asked. */
    public boolean sameKey(RetryKey other) {
        return caller.equals(other.caller) && key.equals(other.key);
    }
}
