package com.hallqueue.server.config;

import java.util.List;

/** A part of the rubric (接待态度 40 …): its items' points add up to its own. */
public record RubricPart(String name, int points, List<RubricItem> items) {

    public RubricPart {
        items = List.copyOf(items);
    }
}
