package com.hallqueue.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal keep-alive HTTP/1.1 client for load generation: one connection, one request at
 * a time, the answer read by its Content-Length. It costs the shared CPU far less than a
 * general client, so the server's figures are the server's.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    /** Sends a prepared request and returns the status code, discarding the body. */
    int send(byte[] request) throws IOException {
        return exchange(request).status;
    }

    /** Sends a prepared request and returns the body of the answer. */
    String sendForBody(byte[] request) throws IOException {
        return new String(exchange(request).body, StandardCharsets.UTF_8);
    }

    /** An answer's status code and body, and whether it repeats a first answer ({@code Idempotent-Replayed: true}). */
    record Answer(int status, byte[] body, boolean replayed) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends a prepared request and returns its status and body both. */
    Answer exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        int length = 0;
        boolean replayed = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            if (h.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (h.regionMatches(true, 0, "idempotent-replayed:", 0, 20)) {
                replayed = h.substring(20).trim().equalsIgnoreCase("true");
            }
        }
        return new Answer(Integer.parseInt(status.substring(9, 12)), in.readNBytes(length), replayed);
    }

    static byte[] post(String path, String token, String body) {
        return post(path, token, body, null);
    }

    static byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A POST that carries {@code Idempotency-Key: key} (none when null), so that it can be sent again safely. */
    static byte[] post(String path, String token, String body, String key) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String auth = token == null ? "" : "Authorization: Bearer " + token + "\r\n";
        String idempotency = key == null ? "" : "Idempotency-Key: " + key + "\r\n";
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + idempotency
                + "Content-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
