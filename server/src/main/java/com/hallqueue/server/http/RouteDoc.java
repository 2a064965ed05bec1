package com.hallqueue.server.http;

/**
 * The transport a feature's routes use to describe themselves. What the API's OpenAPI document says of one route, written beside its registration:
 * who may call it and what it does and answers (Chinese first, English beside it).
 */
public record RouteDoc(String who, String summary) {

    public static RouteDoc doc(String who, String summary) {
        return new RouteDoc(who, summary);
    }
}
