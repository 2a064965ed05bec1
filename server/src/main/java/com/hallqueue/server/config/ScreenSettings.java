package com.hallqueue.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the hall's screens behave. {@code publicUrl} is what the QR code on a ticket points
 * at (empty: the address the kiosk itself used); {@code voiceClips} is a directory of the
 * hall's own recorded clips (empty: the built-in pack); the kiosk goes back to its menu
 * {@code kioskReturnSeconds} after issuing a number. {@code servers} are the origins
 * ({@code http://10.0.0.3:8080}) of the hall's other servers: their pages may call this
 * server's API, and this server's pages may move to them.
 */
public record ScreenSettings(Optional<String> publicUrl, Optional<Path> voiceClips, int kioskReturnSeconds,
                             List<String> servers) {

    public ScreenSettings(Optional<String> publicUrl, Optional<Path> voiceClips, int kioskReturnSeconds) {
        this(publicUrl, voiceClips, kioskReturnSeconds, List.of());
    }
}
