package com.hallqueue.server.config;

import static com.hallqueue.server.config.ConfigReader.text;
import static com.hallqueue.server.config.ConfigReader.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the kiosks and displays; every token must be unique across the hall's devices. */
final class DeviceReader {

    private static final int MIN_TOKEN_LENGTH = 8;
    /** A citizen needs some seconds at a kiosk; a minute's worth of numbers at once is already a crowd. */
    private static final int DEFAULT_TICKETS_PER_MINUTE = 60;

    Devices devices(ConfigFile.DevicesFile d, Set<Integer> counters) {
        List<Devices.Kiosk> kiosks = new ArrayList<>();
        List<Devices.Display> displays = new ArrayList<>();
        List<ConfigFile.Kiosk> kioskList = d == null || d.kiosks() == null ? List.of() : d.kiosks();
        List<ConfigFile.Display> displayList = d == null || d.displays() == null ? List.of() : d.displays();
        for (int i = 0; i < kioskList.size(); i++) {
            kiosks.add(kiosk(kioskList.get(i), "devices.kiosks[" + i + "]"));
        }
        for (int i = 0; i < displayList.size(); i++) {
            String at = "devices.displays[" + i + "]";
            ConfigFile.Display x = displayList.get(i);
            displays.add(new Devices.Display(text(x.id(), at + ".id", null), token(x.token(), at + ".token"),
                    padCounters(x.counters(), counters, at + ".counters")));
        }
        unique(kiosks.stream().map(Devices.Kiosk::id).toList(), "devices.kiosks", "id");
        List<String> tokens = new ArrayList<>();
        kiosks.forEach(k -> tokens.addAll(k.printerToken() == null ? List.of(k.token()) : List.of(k.token(), k.printerToken())));
        displays.forEach(x -> tokens.add(x.token()));
        unique(tokens, "devices.tokens", "token");
        return new Devices(List.copyOf(kiosks), List.copyOf(displays));
    }

    private List<Integer> padCounters(List<Integer> listed, Set<Integer> counters, String field) {
        if (listed == null) {
            return List.of();
        }
        for (Integer n : listed) {
            if (n == null || !counters.contains(n)) {
                throw new ConfigException(field, "no counter " + n + " in this hall");
            }
        }
        return List.copyOf(listed);
    }

    private Devices.Kiosk kiosk(ConfigFile.Kiosk k, String at) {
        String printer = k.printerToken() == null ? null : token(k.printerToken(), at + ".printerToken");
        int perMinute = k.ticketsPerMinute() == null ? DEFAULT_TICKETS_PER_MINUTE : k.ticketsPerMinute();
        ConfigReader.positive(perMinute, at + ".ticketsPerMinute");
        return new Devices.Kiosk(ConfigReader.fits(text(k.id(), at + ".id", null), StoredLengths.KIOSK_ID, at + ".id"),
                token(k.token(), at + ".token"), printer, perMinute);
    }

    private String token(String value, String field) {
        String token = text(value, field, null);
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException(field, "must be at least " + MIN_TOKEN_LENGTH + " characters");
        }
        return token;
    }
}
