package com.hallqueue.server.testing;

import com.hallqueue.server.testing.ApiClient.Reply;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One client of a hall kept by several servers: it talks to one of them, and moves to the
 * next when that one does not answer, as the kiosks and counters of a central hall do.
 */
public final class MovingClient {

    private final List<ApiClient> servers;
    private int current;

    public MovingClient(List<ApiClient> servers, int first) {
        this.servers = servers;
        this.current = first;
    }

    /** The answer, or null when the server did not answer and the client moved on to the next. */
    public Reply post(String path, String token, String body) {
        try {
            return servers.get(current).post(path, token, body);
        } catch (UncheckedIOException e) {
            current = (current + 1) % servers.size();
            return null;
        }
    }

    public String login(String badge) {
        return servers.get(current).login(badge);
    }

    /** The answer, or null when the server did not answer and the client moved on to the next. */
    public Reply get(String path) {
        try {
            return servers.get(current).get(path, null);
        } catch (UncheckedIOException e) {
            current = (current + 1) % servers.size();
            return null;
        }
    }
}
