package com.hallqueue.server.appointments;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who booked, as the hall may keep it: the name and phone masked the way they are shown
 * everywhere (张*, 138****8000) and a slow salted hash of the phone that lets the hall count
 * one phone's bookings without keeping the number (a fast hash of an 11-digit number is
 * undone by trying them all).
 */
public record Citizen(String maskedName, String maskedPhone, String phoneKey) {

    /** Mainland mobile numbers; +86, spaces and dashes are allowed around them. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final int ROUNDS = 20_000;

    /** The mobile number in its plain 11-digit form, or empty when it is not one. */
    public static Optional<String> mobile(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "").replaceFirst("^(\\+?86)(?=1)", "");
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** Builds the kept form; {@code hallSalt} keeps two halls' keys for one phone apart. Slow: not on the desk. */
    public static Citizen of(String name, String mobile, String hallSalt) {
        return new Citizen(maskName(name), maskPhone(mobile), phoneKey(mobile, hallSalt));
    }

    public static String maskPhone(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }

    /** The first character, then one star per further character (at most three): 张*, 欧阳** → 欧**. */
    public static String maskName(String name) {
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        int rest = n.codePointCount(first, n.length());
        return n.substring(0, first) + "*".repeat(Math.min(3, Math.max(1, rest)));
    }

    public static String phoneKey(String mobile, String hallSalt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(mobile.toCharArray(),
                    ("hallqueue-phone:" + hallSalt).getBytes(StandardCharsets.UTF_8), ROUNDS, 192);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
        }
    }
}
