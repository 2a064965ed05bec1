package com.hallqueue.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The transport a feature's routes use to register themselves: method and path to route.
 * Patterns are literal segments and {@code {name}} parameters:
 * {@code /api/v1/counters/{n}/call-next}. A path that matches with another method gets 405.
 */
public final class Router {

    /** What a route does with a request: its answer, possibly later. */
    public interface Route {
        CompletableFuture<Response> handle(Request request);
    }

    /** A route's pattern and what is said of it in the API's OpenAPI document; {@code doc} may be null. */
    record Entry(String method, String pattern, String[] segments, Route route, RouteDoc doc) {
    }

    record Match(Entry entry, Map<String, String> params) {
    }

    /** The outcome of looking a request up: a match, or the methods the path would allow. */
    record Lookup(Match match, Set<String> allowed) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A route with nothing said of it: it is still in the OpenAPI document, with its method, path and parameters. */
    public Router add(String method, String pattern, Route route) {
        return add(method, pattern, route, null);
    }

    /** A route and its description for the OpenAPI document, kept beside it. */
    public Router add(String method, String pattern, Route route, RouteDoc doc) {
        entries.add(new Entry(method, pattern, pattern.substring(1).split("/"), route, doc));
        return this;
    }

    /** Every route, in the order registered. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    Lookup find(String method, String path) {
        String[] parts = path.length() <= 1 ? new String[] {""} : path.substring(1).split("/", -1);
        Set<String> allowed = new LinkedHashSet<>();
        for (Entry e : entries) {
            Map<String, String> params = match(e.segments(), parts);
            if (params != null && e.method().equals(method)) {
                return new Lookup(new Match(e, params), Set.of());
            }
            if (params != null) {
                allowed.add(e.method());
            }
        }
        return new Lookup(null, allowed);
    }

    private static Map<String, String> match(String[] pattern, String[] parts) {
        if (pattern.length != parts.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), parts[i]);
            } else if (!p.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }
}
