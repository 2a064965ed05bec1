package com.hallqueue.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The hall's pages and their assets, from the class path: {@code web/} for our own files,
 * the WebJars' {@code META-INF/resources/webjars/} for libraries. Only plain names of known
 * file types are looked up, so no path can climb out of those folders.
 */
final class StaticSite {

    private record Page(Pattern path, String file) {
    }

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private static final List<Page> PAGES = List.of(
            new Page(Pattern.compile("/"), "index.html"),
            new Page(Pattern.compile("/kiosk"), "kiosk.html"),
            new Page(Pattern.compile("/counter"), "counter.html"),
            new Page(Pattern.compile("/display"), "display.html"),
            new Page(Pattern.compile("/display/counter/[0-9]{1,3}"), "counter-display.html"),
            new Page(Pattern.compile("/t/[A-Za-z0-9_-]{1,64}"), "ticket.html"),
            new Page(Pattern.compile("/manager"), "manager.html"),
            new Page(Pattern.compile("/report"), "report.html"),
            new Page(Pattern.compile("/appraisal"), "appraisal.html"),
            new Page(Pattern.compile("/district"), "district.html"),
            new Page(Pattern.compile("/docs"), "docs.html"),
            new Page(Pattern.compile("/book"), "book.html"));
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "wav", "audio/wav",
            "woff2", "font/woff2", "map", "application/json; charset=utf-8");
    /** Library files carry their version in the path, so they never change under a name. */
    private static final String FOREVER = "public, max-age=31536000, immutable";
    /** Our own files change with the server; the browser asks again and usually gets a 304. */
    private static final String REVALIDATE = "no-cache";

    private final Map<String, Asset> cache = new ConcurrentHashMap<>();
    private final BrowserPolicy policy;

    StaticSite(BrowserPolicy policy) {
        this.policy = policy;
    }

    /** The class-path resource a GET of {@code path} serves, if it is one of the site's. */
    Optional<String> resourceFor(String path) {
        for (Page p : PAGES) {
            if (p.path().matcher(path).matches()) {
                return Optional.of("web/" + p.file());
            }
        }
        if (path.startsWith("/web/") && safe(path.substring(5))) {
            return Optional.of(path.substring(1));
        }
        if (path.startsWith("/webjars/") && safe(path.substring(9))) {
            return Optional.of("META-INF/resources" + path);
        }
        return Optional.empty();
    }

    /** Reads the resource (blocking: call it on a worker); 304 when the browser's copy is current. */
    Response serve(String resource, String ifNoneMatch) {
        Asset a = cache.get(resource);
        if (a == null) {
            a = load(resource);
            if (a == null) {
                return HttpRequestHandler.problem(HttpResponseStatus.NOT_FOUND, "没有此地址 / No such resource");
            }
            cache.put(resource, a);
        }
        Map<String, String> headers = new HashMap<>(Map.of("Cache-Control",
                resource.startsWith("META-INF") ? FOREVER : REVALIDATE, "ETag", a.etag()));
        if (resource.endsWith(".html")) {
            headers.put("Content-Security-Policy", policy.contentSecurity());
            headers.put("X-Frame-Options", "DENY");
        }
        if (a.etag().equals(ifNoneMatch)) {
            return new Response(HttpResponseStatus.NOT_MODIFIED, null, new byte[0], headers);
        }
        return new Response(HttpResponseStatus.OK, a.type(), a.bytes(), headers);
    }

    private static boolean safe(String rest) {
        String[] segments = rest.split("/", -1);
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches()) {
                return false;
            }
        }
        return TYPES.containsKey(extension(segments[segments.length - 1]));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static Asset load(String resource) {
        try (InputStream in = StaticSite.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return new Asset(bytes, TYPES.get(extension(resource)), etag(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
