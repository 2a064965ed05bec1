package com.hallqueue.printer;

import com.hallqueue.client.DeviceToken;
import com.hallqueue.client.HallClient;
import com.hallqueue.client.StateFile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code printer --server URL[,URL…] --kiosk ID (--token-file FILE | --token TOKEN) (--serial PATH
 * [--baud N] | --tcp HOST:PORT | --file PATH) [--poll-seconds N] [--state DIR]}, the token also
 * from {@code HALLQUEUE_TOKEN} (see {@link DeviceToken}); a mistake is an
 * {@link IllegalArgumentException} naming the option. Several servers of one hall are
 * comma-separated; the agent moves to the next when its server cannot be reached.
 * {@code --state} (default {@code ~/.hallqueue}) holds the copies printed but not yet confirmed.
 */
record AgentArgs(List<URI> servers, String kiosk, String token, PrinterPort port, Duration poll, Path state) {

    private static final List<String> OPTIONS = List.of("--server", "--kiosk", "--token", "--token-file", "--serial",
            "--baud", "--tcp", "--file", "--poll-seconds", "--state");

    static AgentArgs parse(List<String> args) {
        return parse(args, System.getenv());
    }

    static AgentArgs parse(List<String> args, Map<String, String> environment) {
        Map<String, String> o = options(args);
        List<URI> servers = servers(required(o, "--server"));
        return new AgentArgs(servers, required(o, "--kiosk"), DeviceToken.from(o, environment), port(o),
                Duration.ofSeconds(number(o.getOrDefault("--poll-seconds", "3"), "--poll-seconds")),
                o.containsKey("--state") ? Path.of(o.get("--state")) : StateFile.defaultDir());
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            o.put(name, args.get(i + 1));
        }
        return o;
    }

    private static PrinterPort port(Map<String, String> o) {
        long given = List.of("--serial", "--tcp", "--file").stream().filter(o::containsKey).count();
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of --serial PATH, --tcp HOST:PORT, --file PATH");
        }
        if (o.containsKey("--serial")) {
            return new PrinterPort.Serial(o.get("--serial"), number(o.getOrDefault("--baud", "9600"), "--baud"));
        }
        if (o.containsKey("--file")) {
            return new PrinterPort.File(Path.of(o.get("--file")));
        }
        String tcp = o.get("--tcp");
        int colon = tcp.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--tcp must be HOST:PORT, e.g. 192.168.1.50:9100");
        }
        return new PrinterPort.Tcp(tcp.substring(0, colon), number(tcp.substring(colon + 1), "--tcp port"));
    }

    private static List<URI> servers(String text) {
        try {
            return HallClient.addresses(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--server " + e.getMessage());
        }
    }

    private static String required(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static int number(String text, String name) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, got \"" + text + "\"");
    }
}
