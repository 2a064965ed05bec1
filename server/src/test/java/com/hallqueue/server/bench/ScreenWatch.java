package com.hallqueue.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many connected screens. Each notes when it received each {@code ticket.called}; the
 * delay is measured from the moment the call-next request was sent, in this same process
 * (so both times come from one clock).
 */
final class ScreenWatch {

    private static final Pattern CALLED = Pattern.compile("^\\{\"type\":\"ticket\\.called\",\"seq\":\\d+,\"at\":\"[^\"]+\",\"ticket\":\\{\"id\":\"([^\"]+)\"");

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Map.Entry<String, Long>> received = new ConcurrentLinkedQueue<>();
    private final List<WebSocket> sockets = new ArrayList<>();

    void connect(int port, String token, int screens) {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws?token=" + token);
        for (int i = 0; i < screens; i++) {
            sockets.add(http.newWebSocketBuilder().buildAsync(uri, new Screen()).join());
        }
    }

    void sent(String ticketId, long nanos) {
        sentAt.put(ticketId, nanos);
    }

    /** Every screen's delay for every call whose sending time is known. */
    long[] delays() {
        return received.stream().filter(r -> sentAt.containsKey(r.getKey()))
                .mapToLong(r -> r.getValue() - sentAt.get(r.getKey())).toArray();
    }

    int screensReceived(String ticketId) {
        return (int) received.stream().filter(r -> r.getKey().equals(ticketId)).count();
    }

    void close() {
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }

    private final class Screen implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                Matcher m = CALLED.matcher(text);
                long now = System.nanoTime();
                if (m.find()) {
                    // joined with the sending time later: a screen may see the call before its caller's answer
                    received.add(Map.entry(m.group(1), now));
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
