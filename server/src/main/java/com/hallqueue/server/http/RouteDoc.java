package com.hallqueue.server.http;

/**
 * What the API's OpenAPI document says of one route, written beside its registration:
 * who may call it and what it does and answers (Chinese first, English beside it).
 */
record RouteDoc(String who, String summary) {

    static RouteDoc doc(String who, String summary) {
        return new RouteDoc(who, summary);
    }
}
