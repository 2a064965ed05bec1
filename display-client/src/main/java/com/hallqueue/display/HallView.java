package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateway knows of the hall from the event stream: each counter as last told, the
 * latest calls, and at each counter the ticket just served, which the evaluator rates.
 */
final class HallView {

    private static final int RECENT = 10;

    private final Map<Integer, JsonNode> counters = new ConcurrentHashMap<>();
    private final Map<Integer, String> justServed = new ConcurrentHashMap<>();
    private final LinkedList<JsonNode> recentCalls = new LinkedList<>();

    synchronized void reset(JsonNode snapshot) {
        counters.clear();
        snapshot.path("counters").forEach(this::counter);
        recentCalls.clear();
        snapshot.path("recentCalls").forEach(recentCalls::add);
    }

    void counter(JsonNode counter) {
        counters.put(counter.path("number").asInt(), counter);
    }

    Optional<JsonNode> counter(int number) {
        return Optional.ofNullable(counters.get(number));
    }

    List<JsonNode> counters() {
        return List.copyOf(counters.values());
    }

    synchronized void called(JsonNode ticket) {
        recentCalls.removeIf(t -> t.path("id").asText().equals(ticket.path("id").asText()));
        recentCalls.addFirst(ticket);
        while (recentCalls.size() > RECENT) {
            recentCalls.removeLast();
        }
    }

    synchronized List<JsonNode> recentCalls() {
        return new ArrayList<>(recentCalls);
    }

    void served(JsonNode ticket) {
        justServed.put(ticket.path("counter").asInt(), ticket.path("id").asText());
    }

    Optional<String> justServedAt(int counter) {
        return Optional.ofNullable(justServed.get(counter));
    }

    /** Rated, or the next citizen is called: the evaluator then has nothing to rate. */
    void ratingDone(int counter) {
        justServed.remove(counter);
    }
}
