package com.hallqueue.server.config;

/** A configuration problem, in one line that names the field: {@code services[1].code: …}. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String field, String problem) {
        super(field + ": " + problem);
    }

    public ConfigException(String message) {
        super(message);
    }
}
