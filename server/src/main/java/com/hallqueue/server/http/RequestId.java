package com.hallqueue.server.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Each API request's id, for the logs: the caller's {@code X-Request-Id} when it sends a
 * sensible one (a proxy's), else a new one; answered back in the same header. While a worker
 * handles the request, the hall's id and the request's id are in the log's context
 * ({@code hall}, {@code request}), so every line it logs names both.
 */
final class RequestId {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestId() {
    }

    static String of(String given) {
        if (given != null && SENSIBLE.matcher(given).matches()) {
            return given;
        }
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Runs {@code work} with the hall and request named in the log's context, then clears them. */
    static void logged(String hall, String request, Runnable work) {
        MDC.put("hall", hall);
        MDC.put("request", request);
        try {
            work.run();
        } finally {
            MDC.remove("hall");
            MDC.remove("request");
        }
    }
}
