package com.hallqueue.display;

import com.hallqueue.client.DeviceToken;
import com.hallqueue.client.HallClient;
import com.hallqueue.client.StateFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code hallqueue display --server URL[,URL…] (--token-file FILE | --token TOKEN) [--config gateway.yaml]
 * [--state DIR]}, the token also from {@code HALLQUEUE_TOKEN} (see {@link DeviceToken}):
 * runs the device gateway until SIGTERM. Several servers of one hall are comma-separated; the
 * gateway moves to the next when its server cannot be reached. Without a config it follows
 * the hall and speaks the calls. {@code --state} (default {@code ~/.hallqueue}) keeps the pads' last handled presses.
 * Bad arguments or a bad config: one line, exit 2.
 */
public final class DisplayMain {

    private static final List<String> OPTIONS = List.of("--server", "--token", "--token-file", "--config", "--state");

    private DisplayMain() {
    }

    static final String USAGE = """
            usage: hallqueue display --server URL[,URL…] (--token-file FILE | --token TOKEN) [--config gateway.yaml]
                                     [--state DIR]
              the hall's device gateway: LED strips, hall board, voice, call pads and evaluators
              --server URL[,URL…]  the hall's server(s); the next is tried when one cannot be reached
              --token-file FILE    the gateway's display token, in a file only its user may read
                                   (or HALLQUEUE_TOKEN in the environment; --token TOKEN shows in process lists)
              --config FILE        the gateway's wiring (see gateway-example.yaml); without it, voice only
              --state DIR          where the pads' last handled presses are noted (default ~/.hallqueue)
            """;

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        if (List.of(args).contains("--version")) {
            String v = DisplayMain.class.getPackage().getImplementationVersion();
            System.out.println("hallqueue " + (v == null ? "dev" : v));
            return;
        }
        Gateway gateway;
        try {
            Map<String, String> o = options(List.of(args).subList(Math.min(1, args.length), args.length));
            GatewayConfig config = o.containsKey("--config") ? GatewayConfig.read(Path.of(o.get("--config")))
                    : GatewayConfig.NONE;
            Path state = o.containsKey("--state") ? Path.of(o.get("--state")) : StateFile.defaultDir();
            gateway = gateway(new HallClient(servers(o), DeviceToken.from(o, System.getenv())), config, state);
        } catch (IllegalArgumentException e) {
            System.err.println("hallqueue display: " + e.getMessage());
            System.exit(2);
            return;
        }
        gateway.start();
        System.out.println("gateway running");
        awaitSignal();
        gateway.close();
        System.exit(0);
    }

    private static Gateway gateway(HallClient hall, GatewayConfig config, Path state) {
        try {
            return new Gateway(hall, config, new SoundCard(), state);
        } catch (IOException e) {
            throw new IllegalArgumentException("--state " + state + ": " + e.getMessage());
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("usage: display --server URL[,URL…] (--token-file FILE | --token TOKEN)"
                        + " [--config FILE] [--state DIR]"
                        + " (bad option " + args.get(i) + ")");
            }
            o.put(args.get(i), args.get(i + 1));
        }
        return o;
    }

    private static List<URI> servers(Map<String, String> o) {
        String list = required(o, "--server");
        try {
            return HallClient.addresses(list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--server " + e.getMessage());
        }
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    private static void awaitSignal() {
        CountDownLatch stop = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stop.countDown());
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
