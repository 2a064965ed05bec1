package com.hallqueue.server.config;

/** A citizen who missed their call and comes back is put this many places behind the head. */
public record NoShowRules(int returnBehind) {
}
