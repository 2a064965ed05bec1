package com.hallqueue.server.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code screens} and {@code alerts} sections; both may be left out. */
final class ScreensReader {

    private static final int DEFAULT_WAITING = 20;
    private static final int DEFAULT_KIOSK_RETURN = 20;

    ScreenSettings screens(ConfigFile.Screens s) {
        if (s == null) {
            return new ScreenSettings(Optional.empty(), Optional.empty(), DEFAULT_KIOSK_RETURN);
        }
        int back = s.kioskReturnSeconds() == null ? DEFAULT_KIOSK_RETURN : s.kioskReturnSeconds();
        if (back < 3 || back > 600) {
            throw new ConfigException("screens.kioskReturnSeconds", "must be 3 to 600 seconds, got " + back);
        }
        return new ScreenSettings(publicUrl(s.publicUrl()), clips(s.voiceClips()), back, servers(s.servers()));
    }

    /** Each server as the pages are given it (it may end in /halls/<id>); what counts is its origin. */
    private static List<String> servers(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            origins.add(origin(given.get(i), "screens.servers[" + i + "]"));
        }
        return List.copyOf(new LinkedHashSet<>(origins));
    }

    private static String origin(String text, String at) {
        try {
            URI uri = new URI(text == null ? "" : text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigException(at, "must be an http or https address, got \"" + text + "\"");
    }

    private static Optional<String> publicUrl(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String url = text.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(url);
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigException("screens.publicUrl", "must be an http or https address, got \"" + text + "\"");
    }

    private static Optional<Path> clips(String dir) {
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(dir.strip());
        if (!Files.isDirectory(path)) {
            throw new ConfigException("screens.voiceClips", "no such directory \"" + dir + "\"");
        }
        return Optional.of(path);
    }

    /** Without thresholds in the file, a wait past the hall's own target or 20 waiting. */
    AlertRules alerts(ConfigFile.Alerts a, Duration waitTarget, Set<String> codes) {
        AlertRules.Threshold fallback = new AlertRules.Threshold(waitTarget, DEFAULT_WAITING);
        if (a == null) {
            return new AlertRules(fallback, Map.of());
        }
        AlertRules.Threshold hall = threshold(a.waitMinutes(), a.waiting(), fallback, "alerts");
        Map<String, AlertRules.Threshold> services = new HashMap<>();
        if (a.services() != null) {
            a.services().forEach((code, t) -> {
                String at = "alerts.services." + code;
                if (!codes.contains(code)) {
                    throw new ConfigException(at, "unknown service \"" + code + "\"");
                }
                services.put(code, threshold(t.waitMinutes(), t.waiting(), hall, at));
            });
        }
        return new AlertRules(hall, Map.copyOf(services));
    }

    private static AlertRules.Threshold threshold(Double minutes, Integer waiting, AlertRules.Threshold fallback,
                                                  String at) {
        if (minutes != null && !(minutes > 0 && minutes <= 1440)) {
            throw new ConfigException(at + ".waitMinutes", "must be more than 0 and at most 1440, got " + minutes);
        }
        if (waiting != null) {
            ConfigReader.positive(waiting, at + ".waiting");
        }
        return new AlertRules.Threshold(
                minutes == null ? fallback.maxWait() : Duration.ofSeconds(Math.round(minutes * 60)),
                waiting == null ? fallback.waiting() : waiting);
    }
}
