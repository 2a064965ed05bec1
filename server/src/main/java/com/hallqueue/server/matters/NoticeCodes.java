package com.hallqueue.server.matters;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Codes of 告知单: ten characters from the booking codes' alphabet (no look-alikes 0/O, 1/I/L, U/V), so a
 * citizen can read one off paper and type it at the kiosk; about 48 random bits, so nobody
 * finds another citizen's notice by trying codes, and a busy hall's years of codes do not repeat.
 */
public final class NoticeCodes implements Supplier<String> {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int LENGTH = 10;
    private final Random random;

    private NoticeCodes(Random random) {
        this.random = random;
    }

    public static NoticeCodes secure() {
        return new NoticeCodes(new SecureRandom());
    }

    @Override
    public String get() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed or scanned: spaces and dashes dropped, lower case raised; null when it cannot be one. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0) ? code : null;
    }
}
