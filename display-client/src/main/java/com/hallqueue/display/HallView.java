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
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();

    synchronized void reset(JsonNode snapshot) {
        queue(snapshot.path("queue"));
        counters.clear();
        snapshot.path("counters").forEach(this::counter);
        recentCalls.clear();
        snapshot.path("recentCalls").forEach(recentCalls::add);
    }

    void counter(JsonNode counter) {
        counters.put(counter.path("number").asInt(), counter);
    }

    /** The queue figures every message carries: how many wait for each service. */
    void queue(JsonNode queue) {
        queue.path("services").forEach(s -> waiting.put(s.path("service").asText(), s.path("waiting").asInt()));
    }

    /** How many wait for the services {@code counter} serves. */
    int waitingFor(JsonNode counter) {
        int n = 0;
        for (JsonNode service : counter.path("services")) {
            n += waiting.getOrDefault(service.asText(), 0);
        }
        return n;
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
