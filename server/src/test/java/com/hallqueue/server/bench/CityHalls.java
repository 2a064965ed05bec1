package com.hallqueue.server.bench;

import com.hallqueue.server.config.PasswordHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The halls of a city, written out as a central deployment: a fixed mix of small community
 * stations, medium street centres and large district centres, each hall with its own services,
 * counters, staff, kiosk and display. The same {@code count} always gives the same city, so
 * runs can be compared.
 */
final class CityHalls {

    /** How big a hall is, and how many tickets a second its kiosk offers in the morning peak. */
    enum Kind {
        SMALL("社区服务站", "Community Station", 1, 1, 2, 3, 0.2),
        MEDIUM("街道便民服务中心", "Street Service Centre", 2, 3, 4, 6, 0.5),
        LARGE("区政务服务中心", "District Service Centre", 3, 4, 8, 12, 1.0);

        /** The sizes of 20 halls in a row: L large, M medium, S small. */
        private static final String PATTERN = "LSMSMSLMSMSSLSMSMSMS";

        final String name;
        final String nameEn;
        final int minServices;
        final int maxServices;
        final int minCounters;
        final int maxCounters;
        final double ticketsPerSecond;

        Kind(String name, String nameEn, int minServices, int maxServices, int minCounters, int maxCounters,
             double ticketsPerSecond) {
            this.name = name;
            this.nameEn = nameEn;
            this.minServices = minServices;
            this.maxServices = maxServices;
            this.minCounters = minCounters;
            this.maxCounters = maxCounters;
            this.ticketsPerSecond = ticketsPerSecond;
        }

        /**
         * Of every 20 halls, 3 are large, 7 medium and 10 small (most of a city's halls are small
         * stations), interleaved so that a city of a few halls has every kind too.
         */
        static Kind of(int index) {
            return switch (PATTERN.charAt(index % PATTERN.length())) {
                case 'L' -> LARGE;
                case 'M' -> MEDIUM;
                default -> SMALL;
            };
        }
    }

    /** The services a hall may offer, the first ones first: code, name, English name, minutes to handle. */
    private static final String[][] SERVICES = {
        {"A", "综合业务", "General", "6"},
        {"B", "社保医保", "Social and medical insurance", "8"},
        {"C", "户籍证件", "Household registration and ID cards", "10"},
        {"D", "不动产登记", "Real estate registration", "15"},
    };

    /** One hall: its id and path prefix, its size, its service codes and counter count, and the server its clients use. */
    record Hall(String id, int index, Kind kind, List<String> services, int counters, int server) {

        String prefix() {
            return "/halls/" + id;
        }

        String kioskToken() {
            return id + "-kiosk";
        }

        String displayToken() {
            return id + "-display";
        }

        /** The services counter {@code n} serves: its own, and the next one too where there is more than one. */
        List<String> servicesOf(int n) {
            String own = services.get((n - 1) % services.size());
            if (services.size() == 1) {
                return List.of(own);
            }
            return List.of(own, services.get(n % services.size()));
        }
    }

    private CityHalls() {
    }

    /** {@code count} halls, {@code h001}…, their clients spread round-robin over {@code servers} servers. */
    static List<Hall> city(int count, int servers) {
        List<Hall> halls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.of(i);
            Random random = new Random(1000L + i);
            int services = between(random, kind.minServices, kind.maxServices);
            int counters = between(random, kind.minCounters, kind.maxCounters);
            List<String> codes = new ArrayList<>();
            for (int s = 0; s < services; s++) {
                codes.add(SERVICES[s][0]);
            }
            halls.add(new Hall(String.format("h%03d", i + 1), i, kind, List.copyOf(codes), counters, i % servers));
        }
        return halls;
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Writes each hall's file and the deployment file listing them into {@code dir}; returns the deployment file. */
    static Path write(Path dir, List<Hall> halls) throws IOException {
        // One cheap hash for every staff member: logging in 1,000 staff must not cost the shared CPU a minute.
        String hash = PasswordHash.create("demo".toCharArray(), 1000);
        StringBuilder deployment = new StringBuilder("halls:\n");
        for (Hall h : halls) {
            Files.writeString(dir.resolve(h.id() + ".yaml"), hallYaml(h, hash));
            deployment.append("  - {id: ").append(h.id()).append(", config: ").append(h.id()).append(".yaml}\n");
        }
        return Files.writeString(dir.resolve("city.yaml"), deployment.toString());
    }

    /**
     * A hall file in the shape of the tests' big hall ({@code Halls.bigHallYaml}): open all day,
     * staff 1001… one per counter with password "demo", one kiosk without a practical cap, one display.
     */
    static String hallYaml(Hall h, String passwordHash) {
        int number = h.index() + 1;
        StringBuilder y = new StringBuilder();
        y.append("hall: {name: ").append(h.kind().name).append(number).append(", nameEn: ").append(h.kind().nameEn)
                .append(' ').append(number).append(", timeZone: Asia/Shanghai}\n");
        y.append("services:\n");
        for (int s = 0; s < h.services().size(); s++) {
            String[] service = SERVICES[s];
            y.append("  - {code: ").append(service[0]).append(", name: ").append(service[1]).append(", nameEn: ")
                    .append(service[2]).append(", handleMinutes: ").append(service[3]).append("}\n");
        }
        y.append("hours: {week: {daily: {open: \"00:00\", close: \"24:00\"}}}\n");
        y.append("counters:\n");
        for (int n = 1; n <= h.counters(); n++) {
            y.append("  - {number: ").append(n).append(", name: ").append(n).append("号窗口, services: [")
                    .append(String.join(", ", h.servicesOf(n))).append("]}\n");
        }
        y.append("staff:\n");
        for (int n = 1; n <= h.counters(); n++) {
            y.append("  - {badge: \"").append(1000 + n).append("\", name: 员工").append(n)
                    .append(", passwordHash: \"").append(passwordHash).append("\"}\n");
        }
        y.append("devices:\n");
        y.append("  kiosks:\n    - {id: K1, token: ").append(h.kioskToken()).append(", ticketsPerMinute: 1000000}\n");
        y.append("  displays:\n    - {id: hall, token: ").append(h.displayToken()).append("}\n");
        return y.toString();
    }
}
