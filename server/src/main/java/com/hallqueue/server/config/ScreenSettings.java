package com.hallqueue.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the hall's screens behave. {@code publicUrl} is what the QR code on a ticket points
 * at (empty: the address the kiosk itself used); {@code voiceClips} is a directory of the
 * hall's own recorded clips (empty: the built-in pack); the kiosk goes back to its menu
 * {@code kioskReturnSeconds} after issuing a number.
 */
public record ScreenSettings(Optional<String> publicUrl, Optional<Path> voiceClips, int kioskReturnSeconds) {
}
