package com.hallqueue.server.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow password hashes: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}
 * (base64). The iteration count travels with the hash so it can be raised later: 600,000 is
 * OWASP's figure for PBKDF2-HMAC-SHA256; a weaker hash is replaced at its owner's next good login.
 */
public final class PasswordHash {

    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final Pattern FORMAT =
            Pattern.compile("pbkdf2-sha256\\$(\\d{3,8})\\$([A-Za-z0-9+/=]{16,})\\$([A-Za-z0-9+/=]{32,})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    public static String create(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    public static boolean matches(char[] password, String stored) {
        Matcher m = FORMAT.matcher(stored);
        if (!m.matches()) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(m.group(3));
        byte[] actual = derive(password, b64.decode(m.group(2)), Integer.parseInt(m.group(1)));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Made with fewer iterations than today's: worth hashing again when its password is next given. */
    public static boolean isWeakerThanToday(String stored) {
        Matcher m = FORMAT.matcher(stored);
        return m.matches() && Integer.parseInt(m.group(1)) < DEFAULT_ITERATIONS;
    }

    static boolean isWellFormed(String stored) {
        return FORMAT.matcher(stored).matches();
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
