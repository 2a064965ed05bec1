package com.hallqueue.server.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What browsers are told about one hall's pages. A page runs only the hall's own scripts and
 * styles (no inline script, so markup that slipped into the page cannot run), talks only to
 * this server and the hall's other servers ({@code screens.servers}, where a page moves when
 * its own server dies), and may not be framed. Pages of those other servers, and no other
 * origin, may read this server's API answers.
 */
final class BrowserPolicy {

    private final Set<String> servers;
    private final String contentSecurity;

    BrowserPolicy(List<String> servers) {
        this.servers = Set.copyOf(servers);
        this.contentSecurity = contentSecurity(servers);
    }

    /** The Content-Security-Policy of every page. */
    String contentSecurity() {
        return contentSecurity;
    }

    /** Whether a page of {@code origin} (the browser's Origin header) may read this server's answers. */
    boolean mayCall(String origin) {
        return origin != null && servers.contains(origin.toLowerCase(Locale.ROOT));
    }

    private static String contentSecurity(List<String> servers) {
        String others = servers.stream().map(s -> " " + s).collect(Collectors.joining());
        Set<String> sockets = new LinkedHashSet<>();
        servers.forEach(s -> sockets.add(" " + s.replaceFirst("^http", "ws")));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" + others
                + "; media-src 'self'" + others + "; connect-src 'self'" + others + String.join("", sockets)
                + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }
}
