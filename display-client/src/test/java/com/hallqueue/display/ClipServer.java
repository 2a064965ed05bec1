package com.hallqueue.display;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Stands in for the hall server's clip endpoint: serves a real WAV (a short 440 Hz tone,
 * 16 kHz mono) at /api/v1/announcements/call.wav (and as the broadcast's recording at
 * /api/v1/broadcast/voice.wav) and keeps each query it was asked. An
 * {@link #echoing} server answers with the query's own bytes instead, so a speaker can tell
 * the clips apart.
 */
final class ClipServer implements AutoCloseable {

    final List<String> queries = new CopyOnWriteArrayList<>();
    private final HttpServer http;
    private final byte[] wav = tone();

    ClipServer() throws IOException {
        this(false);
    }

    static ClipServer echoing() throws IOException {
        return new ClipServer(true);
    }

    private ClipServer(boolean echo) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        com.sun.net.httpserver.HttpHandler clip = exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            byte[] body = echo ? query.getBytes(java.nio.charset.StandardCharsets.UTF_8) : wav;
            exchange.getResponseHeaders().add("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        };
        http.createContext("/api/v1/announcements/call.wav", clip);
        http.createContext("/api/v1/broadcast/voice.wav", clip);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    static byte[] tone() {
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
        byte[] pcm = new byte[16_000 / 5 * 2];
        for (int i = 0; i < pcm.length / 2; i++) {
            short s = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 16_000.0));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2),
                    AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
