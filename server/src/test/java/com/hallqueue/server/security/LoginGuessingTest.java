package com.hallqueue.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.config.PasswordHash;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Guessing a badge's password from one machine slows that machine down (429 with Retry-After),
 * while the badge's owner logs in from another; and a password hashed with fewer iterations
 * than today's 600,000 is hashed again after its next good login, yet a password changed in the
 * hall's file still wins over the stronger copy of the old one.
 */
class LoginGuessingTest {

    private static final String STRANGER = "127.0.0.2";
    private static final String OWNER = "127.0.0.3";

    @Test
    void guessesFromOneAddressAreSlowedWhileTheOwnerLogsInFromAnother() throws IOException {
        try (RunningHall hall = RunningHall.demo()) {
            for (int i = 0; i < 6; i++) {
                assertThat(login(hall, STRANGER, "1003", "guess" + i).status()).isIn(401, 429);
            }
            Answer slowed = login(hall, STRANGER, "1003", "demo");
            assertThat(slowed.status()).isEqualTo(429);
            assertThat(Long.parseLong(slowed.header("Retry-After"))).isPositive();
            assertThat(login(hall, OWNER, "1003", "demo").status()).isEqualTo(200);
        }
    }

    @Test
    void aWeakerHashIsReplacedAtTheNextGoodLoginUntilTheFileChangesThePassword() throws Exception {
        String db = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(db, "sa", "")) {
            try (RunningHall hall = RunningHall.start(hallWith("old-secret"), db, HallApp.PRINTER_SILENCE)) {
                assertThat(login(hall, OWNER, "1001", "old-secret").status()).isEqualTo(200);
                assertThat(strongerHash(keep)).startsWith("pbkdf2-sha256$600000$");
            }
            try (RunningHall hall = RunningHall.start(hallWith("old-secret"), db, HallApp.PRINTER_SILENCE)) {
                assertThat(login(hall, OWNER, "1001", "old-secret").status()).isEqualTo(200);
                assertThat(login(hall, OWNER, "1001", "other").status()).isEqualTo(401);
            }
            try (RunningHall hall = RunningHall.start(hallWith("new-secret"), db, HallApp.PRINTER_SILENCE)) {
                assertThat(login(hall, OWNER, "1001", "old-secret").status()).isEqualTo(401);
                assertThat(login(hall, OWNER, "1001", "new-secret").status()).isEqualTo(200);
            }
        }
    }

    /** The big hall of tests, badge 1001's password hashed with only 1,000 iterations. */
    private static HallConfig hallWith(String password) {
        String yaml = Halls.bigHallYaml(1).replaceAll("pbkdf2-sha256\\$[^\"]+",
                java.util.regex.Matcher.quoteReplacement(PasswordHash.create(password.toCharArray(), 1000)));
        return new HallConfigLoader().parse(yaml, "one counter");
    }

    /** The stronger hash of 1001's password, made soon after the login (not before its answer). */
    private static String strongerHash(Connection c) throws Exception {
        for (int tries = 0; tries < 300; tries++) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT password_hash FROM staff_password WHERE badge = '1001'")) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no stronger hash of 1001's password was kept");
    }

    private record Answer(int status, String head) {
        String header(String name) {
            return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    /** A login sent from {@code from}, one of the loopback addresses, so the server sees that client address. */
    private static Answer login(RunningHall hall, String from, String badge, String password) throws IOException {
        byte[] body = ("{\"badge\":\"" + badge + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", hall.port()));
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            return new Answer(Integer.parseInt(head.split(" ")[1]), head);
        }
    }
}
