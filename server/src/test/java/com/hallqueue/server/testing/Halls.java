package com.hallqueue.server.testing;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.config.PasswordHash;

/** Hall configurations for tests: the demo hall, and a weekday hall with real hours. */
public final class Halls {

    private Halls() {
    }

    public static HallConfig demo() {
        return new HallConfigLoader().demo();
    }

    /**
     * The demo hall for the screens' tests: the kiosk returns to its menu 5 s after issuing,
     * and the manager is warned from 2 people waiting for inspection (C).
     */
    public static HallConfig screensHall() {
        try (var in = Halls.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new HallConfigLoader().parse(demo + """

                    alerts: {services: {C: {waiting: 2}}}
                    screens: {kioskReturnSeconds: 5}
                    """, "screens hall");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The demo hall whose other servers, named in {@code screens.servers}, are {@code origins}. */
    public static HallConfig demoBeside(String... origins) {
        try (var in = Halls.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new HallConfigLoader().parse(demo + "\nscreens: {servers: [" + String.join(", ", origins) + "]}\n",
                    "demo hall beside other servers");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The demo hall as one hall of a district: renamed {@code name} (in English after
     * {@code tokens}: "East Service Hall"), its device tokens
     * {@code <tokens>-kiosk}, {@code <tokens>-display}…; the home hall also has district manager 8001.
     */
    public static String districtHallYaml(String name, String tokens, boolean home) {
        String demo;
        try (var in = Halls.class.getResourceAsStream("/demo-hall.yaml")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String yaml = demo.replace("演示服务大厅", name).replace("demo-", tokens + "-")
                .replace("Demo Service Hall", Character.toUpperCase(tokens.charAt(0)) + tokens.substring(1) + " Service Hall");
        if (home) {
            String manager = yaml.lines().filter(l -> l.contains("badge: \"9001\"")).findFirst().orElseThrow();
            yaml = yaml.replace(manager, manager + "\n" + manager.replace("9001", "8001").replace("赵敏", "孙丽")
                    .replace("role: MANAGER", "role: DISTRICT_MANAGER"));
        }
        return yaml;
    }

    /**
     * Open Monday to Friday 08:30–17:30, tickets until 17:00, lunch 12:00–13:30; closed on
     * 2026-10-01. Service A on counters 1 and 2, B on 2 and 3. At most 3 priority calls in a row.
     */
    public static HallConfig weekdayHall() {
        return new HallConfigLoader().parse("""
                hall: {name: 测试大厅, timeZone: Asia/Shanghai, hotline: "12360"}
                services:
                  - {code: A, name: 综合业务, nameEn: General, handleMinutes: 5, dailyCap: 5}
                  - {code: B, name: 报关业务, nameEn: Declarations, handleMinutes: 10}
                counters:
                  - {number: 1, services: [A]}
                  - {number: 2, services: [A, B]}
                  - {number: 3, services: [B]}
                hours:
                  week:
                    weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30", breaks: [["12:00", "13:30"]]}
                  holidays: [2026-10-01]
                priority: {maxConsecutive: 3}
                noShow: {returnBehind: 2}
                """, "weekday hall");
    }

    /**
     * A big hall: {@code counters} counters serving A and B (odd ones A only), staff badges
     * 1001… one per counter, password "demo" hashed cheaply for tests, kiosks K1–K8, open all day.
     */
    public static HallConfig bigHall(int counters) {
        return new HallConfigLoader().parse(bigHallYaml(counters), "big hall");
    }

    /** The YAML of {@link #bigHall}, with one display token {@code display-token-1} as well. */
    public static String bigHallYaml(int counters) {
        String hash = PasswordHash.create("demo".toCharArray(), 1000);
        StringBuilder y = new StringBuilder("""
                hall: {name: 大厅, timeZone: Asia/Shanghai}
                services:
                  - {code: A, name: 综合业务, handleMinutes: 5}
                  - {code: B, name: 报关业务, handleMinutes: 10}
                hours: {week: {daily: {open: "00:00", close: "24:00"}}}
                counters:
                """);
        for (int n = 1; n <= counters; n++) {
            y.append("  - {number: ").append(n).append(", services: [").append(n % 2 == 1 ? "A" : "A, B").append("]}\n");
        }
        y.append("staff:\n");
        for (int n = 1; n <= counters; n++) {
            y.append("  - {badge: \"").append(1000 + n).append("\", name: 员工").append(n)
                    .append(", passwordHash: \"").append(hash).append("\"}\n");
        }
        y.append("devices:\n  kiosks:\n");
        for (int k = 1; k <= 8; k++) {
            y.append("    - {id: K").append(k).append(", token: kiosk-token-").append(k)
                    .append(", ticketsPerMinute: 1000000}\n");
        }
        y.append("  displays:\n    - {id: hall, token: display-token-1}\n");
        return y.toString();
    }

    /** The demo hall (its staff and devices) with working hours 08:30–17:30 and lunch 12:00–13:30 every day. */
    public static HallConfig lunchHall() {
        try (var in = Halls.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String hours = "daily: {open: \"08:30\", lastTicket: \"17:00\", close: \"17:30\", breaks: [[\"12:00\", \"13:30\"]]}";
            return new HallConfigLoader().parse(demo.replace("daily: {open: \"00:00\", close: \"24:00\"}", hours),
                    "lunch hall");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
