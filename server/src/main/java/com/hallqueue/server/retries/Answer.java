package com.hallqueue.server.retries;

/** What a request was answered, as the client received it: kept so that a retry gets the same. */
public interface Answer {

    int statusCode();

    String contentType();

    byte[] body();
}
