package com.hallqueue.server.access;

import com.hallqueue.server.config.PasswordHash;
import com.hallqueue.server.config.StaffDef;
import com.hallqueue.server.store.AuditEntry;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.store.StoredSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Staff logins: a badge and password give a random token that expires after a shift. Only
 * the token's SHA-256 is stored, in the database, so logins survive a restart. Blocking:
 * call it off the network threads.
 */
public final class StaffSessions {

    public static final Duration SHIFT = Duration.ofHours(12);
    /**
     * Checked against when the badge is unknown, so a wrong badge costs as long as a wrong
     * password. Made once, here, rather than at every start: a first hash in a fresh JVM is slow.
     */
    private static final String DECOY = "pbkdf2-sha256$600000$vRiupuJfC+aIXDQrj5mqXg==$"
            + "qGN3OArEzVxUw/xjp0AF6Ad8NLqIL4O3WDvybMz5LJo=";

    private final StaffBook book;
    private final HallStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredSession> cache = new ConcurrentHashMap<>();
    private final PasswordChecks checks = new PasswordChecks();
    private final Strengthening strengthening = new Strengthening();

    public StaffSessions(StaffBook book, HallStore store, Clock clock) {
        this.book = book;
        this.store = store;
        this.clock = clock;
    }

    /** A login: the token and the role, or empty when the badge or password is wrong. */
    public record Login(String token, String role, String badge, String name, Instant expiresAt) {
    }

    /** Too many passwords are being checked at once; the caller may try again shortly. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("password checks are all in use", null, false, false);
        }
    }

    /**
     * A login from {@code address}; every attempt, failed or not, goes into the audit log. A
     * good password whose hash is weaker than today's is hashed again soon after, and kept.
     * Throws {@link Busy} when the password cannot be checked soon.
     */
    public Optional<Login> login(String badge, String password, String address) {
        Optional<StaffDef> who = book.member(badge);
        char[] given = password.toCharArray();
        String stored = who.map(this::currentHash).orElse(DECOY);
        boolean ok = checks.matches(given, stored) && who.isPresent();
        Instant now = clock.instant();
        AuditEntry attempt = new AuditEntry(now, badge, ok ? "login" : "login.failed", address);
        if (!ok) {
            store.keepLogin(attempt, Optional.empty());
            return Optional.empty();
        }
        if (PasswordHash.isWeakerThanToday(stored)) {
            String replaces = hash(who.get().passwordHash());
            strengthening.later(badge, () -> store.keepStrongerPassword(badge, replaces, checks.create(given)));
        }
        String token = newToken();
        StoredSession s = new StoredSession(hash(token), badge, who.get().role().name(), now, now.plus(SHIFT), false);
        store.keepLogin(attempt, Optional.of(s));
        cache.put(s.tokenHash(), s);
        return Optional.of(new Login(token, s.role(), badge, who.get().name(), s.expiresAt()));
    }

    /** The hash a password is checked against: a stronger one made at an earlier login, else the kept one. */
    private String currentHash(StaffDef staff) {
        return store.strongerPassword(staff.badge(), hash(staff.passwordHash())).orElse(staff.passwordHash());
    }

    public Optional<Caller.Staff> verify(String token) {
        String h = hash(token);
        // Another server of the hall may have ended the session: with a shared store, ask it every time.
        StoredSession s = store.shared() ? store.session(h).orElse(null)
                : cache.computeIfAbsent(h, k -> store.session(k).orElse(null));
        if (s == null || s.revoked() || !clock.instant().isBefore(s.expiresAt())) {
            cache.remove(h);
            return Optional.empty();
        }
        // The member as they are now: taken off the hall, their token no longer works; a new role counts at once.
        Optional<StaffDef> who = book.member(s.badge());
        return who.map(d -> new Caller.Staff(d.badge(), d.name(), d.role().name(), h));
    }

    public void logout(Caller.Staff staff, String address) {
        store.keepLogout(staff.tokenHash(), new AuditEntry(clock.instant(), staff.badge(), "logout", address));
        cache.remove(staff.tokenHash());
    }

    /**
     * Ends every login of {@code badge} at once, here and (through the store) on every server
     * of the hall: for a member taken off the hall or given a new password.
     */
    public void endSessionsOf(String badge) {
        store.revokeSessionsOf(badge, clock.instant());
        cache.values().removeIf(s -> s.badge().equals(badge));
    }

    /**
     * A new password's hash, made in turn with the logins' checks (a second of one core), so
     * a manager setting passwords cannot take every core from the hall. Throws {@link Busy}.
     */
    public String hashPassword(char[] password) {
        return checks.create(password);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
