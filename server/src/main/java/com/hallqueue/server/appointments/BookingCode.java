package com.hallqueue.server.appointments;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a citizen types at the kiosk: eight characters from 29 that cannot be mistaken
 * for one another (no 0/O, 1/I/L, U/V), shown as two groups, "K7QM-4TXP". About 5 × 10¹¹
 * codes for at most some thousands of live bookings, behind a per-address rate limit, so
 * guessing one is hopeless. Typed codes are read case-insensitively, with or without the
 * dash or spaces, and from the booking's QR address.
 */
public final class BookingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int LENGTH = 8;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final Pattern IN_ADDRESS = Pattern.compile("[?&]code=([^&#]+)");

    private final SecureRandom random;

    public BookingCode(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code in what was typed or scanned, in its stored form; empty when it cannot be one. */
    public static Optional<String> read(String typed) {
        if (typed == null || typed.length() > 200) {
            return Optional.empty();
        }
        var inAddress = IN_ADDRESS.matcher(typed);
        String text = inAddress.find() ? inAddress.group(1) : typed;
        String code = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** "K7QM-4TXP", for people to read. */
    public static String shown(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
