package com.hallqueue.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where an agent finds its device token, safest first: a file readable by the agent's user
 * alone ({@code --token-file FILE}), or the environment ({@code HALLQUEUE_TOKEN}). The command
 * line ({@code --token TOKEN}) still works for older setups, but anyone who may list the
 * machine's processes can read it there.
 */
public final class DeviceToken {

    public static final String ENVIRONMENT = "HALLQUEUE_TOKEN";

    private DeviceToken() {
    }

    /** The token from the agent's options and {@code environment}; a mistake names the option. */
    public static String from(Map<String, String> options, Map<String, String> environment) {
        String file = options.get("--token-file");
        String given = options.get("--token");
        if (file != null && given != null) {
            throw new IllegalArgumentException("give --token-file or --token, not both");
        }
        if (file != null) {
            return read(Path.of(file));
        }
        if (given != null && !given.isBlank()) {
            return given;
        }
        String inEnvironment = environment.get(ENVIRONMENT);
        if (inEnvironment != null && !inEnvironment.isBlank()) {
            return inEnvironment.strip();
        }
        throw new IllegalArgumentException("a device token is required: --token-file FILE, or " + ENVIRONMENT
                + " in the environment");
    }

    private static String read(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("--token-file " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("--token-file " + file + " is empty");
        }
        return token;
    }
}
