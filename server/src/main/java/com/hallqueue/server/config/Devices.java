package com.hallqueue.server.config;

import java.util.List;
import java.util.Optional;

/** The hall's devices and the tokens they authenticate with. */
public record Devices(List<Kiosk> kiosks, List<Display> displays) {

    /**
     * A ticket dispenser and the token of the printer agent beside it. {@code ticketsPerMinute}
     * caps how fast it may issue, the hall's guard against number hoarding (防恶意占号).
     */
    public record Kiosk(String id, String token, String printerToken, int ticketsPerMinute) {
    }

    /**
     * A hall screen, counter screen or device gateway. A gateway lists the counters whose call
     * pads hang on its bus: for those counters it acts for the member of staff working there.
     */
    public record Display(String id, String token, List<Integer> padCounters) {

        public Display(String id, String token) {
            this(id, token, List.of());
        }

        public boolean drivesPadOf(int counter) {
            return padCounters.contains(counter);
        }
    }

    public Optional<Kiosk> kiosk(String id) {
        return kiosks.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public Optional<Kiosk> kioskByToken(String token) {
        return kiosks.stream().filter(k -> k.token().equals(token)).findFirst();
    }

    public Optional<Kiosk> kioskByPrinterToken(String token) {
        return kiosks.stream().filter(k -> token.equals(k.printerToken())).findFirst();
    }

    public Optional<Display> display(String id) {
        return displays.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Display> displayByToken(String token) {
        return displays.stream().filter(d -> d.token().equals(token)).findFirst();
    }
}
