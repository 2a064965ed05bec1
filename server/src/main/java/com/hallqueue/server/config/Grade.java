package com.hallqueue.server.config;

/** A grade of the rubric and the lowest total that earns it. */
public record Grade(String name, int from) {
}
