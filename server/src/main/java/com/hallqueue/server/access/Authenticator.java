package com.hallqueue.server.access;

import com.hallqueue.server.config.Devices;
import java.util.Optional;

/**
 * Turns a bearer token into a {@link Caller}: device tokens from the configuration first,
 * then staff logins. An absent token is anonymous; a token that matches nothing is empty,
 * which the API answers with 401.
 */
public final class Authenticator {

    private final Devices devices;
    private final StaffSessions sessions;

    public Authenticator(Devices devices, StaffSessions sessions) {
        this.devices = devices;
        this.sessions = sessions;
    }

    public Optional<Caller> identify(String token) {
        if (token == null) {
            return Optional.of(Caller.ANONYMOUS);
        }
        Optional<Caller> device = device(token);
        return device.isPresent() ? device : sessions.verify(token).map(Caller.class::cast);
    }

    private Optional<Caller> device(String token) {
        Optional<Devices.Kiosk> kiosk = devices.kioskByToken(token);
        if (kiosk.isPresent()) {
            return Optional.of(new Caller.Kiosk(kiosk.get().id()));
        }
        Optional<Devices.Kiosk> printer = devices.kioskByPrinterToken(token);
        if (printer.isPresent()) {
            return Optional.of(new Caller.Printer(printer.get().id()));
        }
        return devices.displayByToken(token).map(d -> new Caller.Display(d.id()));
    }
}
