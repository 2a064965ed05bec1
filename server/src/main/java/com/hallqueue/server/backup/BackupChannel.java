package com.hallqueue.server.backup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code hallqueue backup} reaches a running server: a listener on the loopback address
 * only, opened by a secret the server writes into its data directory for its own user. The
 * server, which holds the H2 file locked, makes the copy itself and sends it back; the copy
 * is made in the data directory (the one place a hardened service may write) and removed
 * once sent. One backup at a time.
 */
public final class BackupChannel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupChannel.class);

    private final HttpServer http;
    private final ExecutorService oneAtATime;
    private final Path channelFile;

    private BackupChannel(HttpServer http, ExecutorService oneAtATime, Path channelFile) {
        this.http = http;
        this.oneAtATime = oneAtATime;
        this.channelFile = channelFile;
    }

    /** Opens the channel for the hall kept in {@code data} and leaves its note there. */
    public static BackupChannel open(DataDir data, LiveHall hall) {
        String secret = HexFormat.of().formatHex(randomBytes());
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            ExecutorService one = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "backup-channel");
                t.setDaemon(true);
                return t;
            });
            http.createContext("/backup", exchange -> serve(exchange, secret, data, hall));
            http.setExecutor(one);
            http.start();
            new ChannelFile(http.getAddress().getPort(), secret).writeTo(data.channelFile());
            return new BackupChannel(http, one, data.channelFile());
        } catch (IOException e) {
            throw new BackupException("backup channel: " + e.getMessage(), e);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static void serve(HttpExchange exchange, String secret, DataDir data, LiveHall hall) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "POST only");
            } else if (!opens(exchange.getRequestHeaders().getFirst("Authorization"), secret)) {
                answer(exchange, 401, "wrong secret");
            } else {
                sendCopy(exchange, data, hall);
            }
        }
    }

    private static boolean opens(String header, String secret) {
        byte[] given = (header == null ? "" : header).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, ("Bearer " + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static void sendCopy(HttpExchange exchange, DataDir data, LiveHall hall) throws IOException {
        Path copy = data.dir().resolve(".backup-" + HexFormat.of().formatHex(randomBytes()).substring(0, 16) + ".zip");
        try {
            hall.backupTo(copy);
            exchange.getResponseHeaders().set("Content-Type", "application/zip");
            exchange.sendResponseHeaders(200, Files.size(copy));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(copy, out);
            }
            LOG.info("backup sent through the backup channel ({} bytes)", Files.size(copy));
        } catch (RuntimeException e) {
            LOG.error("backup through the backup channel failed", e);
            answer(exchange, 500, "the server could not make the backup: " + e.getMessage());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** Removes the note first, so no backup is sent to a channel that is closing. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(channelFile);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", channelFile, e.getMessage());
        }
        http.stop(0);
        oneAtATime.shutdownNow();
    }
}
