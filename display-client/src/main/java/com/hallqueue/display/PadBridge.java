package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.modbus.CallKey;
import com.hallqueue.hardware.modbus.CounterState;
import com.hallqueue.hardware.modbus.EvaluatorScore;
import com.hallqueue.hardware.modbus.PadDisplay;
import com.hallqueue.hardware.modbus.PadKey;
import com.hallqueue.hardware.modbus.PadListener;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns call-pad keys into that counter's actions and evaluator scores into ratings of the
 * ticket just served there. The gateway's token may act only at the counters the hall's
 * config gives it, and always for the member of staff working there. Requests leave the
 * bus thread at once and go out one at a time, in press order. Pads that stop answering,
 * and their coming back, are reported to the hall as device faults for the manager's page.
 */
final class PadBridge implements PadListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PadBridge.class);
    static final String PAUSE_REASON = "暂停服务";

    private final HallClient hall;
    private final HallView view;
    private final Map<Integer, GatewayConfig.PadSet> byCounter;
    private final HandledPresses handled;
    private final Map<Integer, Instant> silentSince = new TreeMap<>();
    private final ExecutorService out = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pad-requests");
        t.setDaemon(true);
        return t;
    });

    PadBridge(HallClient hall, HallView view, Map<Integer, GatewayConfig.PadSet> byCounter, HandledPresses handled) {
        this.hall = hall;
        this.view = view;
        this.byCounter = byCounter;
        this.handled = handled;
    }

    @Override
    public void keyPressed(PadKey key) {
        if (handled.firstTime(key.unit(), "key", key.seq())) {
            counterOfUnit(key.unit(), false).ifPresent(n -> out.execute(() -> act(n, key.key())));
        }
    }

    @Override
    public void scored(EvaluatorScore score) {
        if (handled.firstTime(score.unit(), "score", score.seq())) {
            counterOfUnit(score.unit(), true).ifPresent(n -> out.execute(() -> rate(n, score.score())));
        }
    }

    @Override
    public void unitSilent(int unit) {
        synchronized (silentSince) {
            silentSince.putIfAbsent(unit, Instant.now());
        }
        reportHealth();
    }

    @Override
    public void unitAnswersAgain(int unit) {
        synchronized (silentSince) {
            if (silentSince.remove(unit) == null) {
                return;
            }
        }
        reportHealth();
    }

    /**
     * Tells the hall every unit silent now: after each change, and each time the gateway is in
     * step with the hall again, since a restarted server knows nothing of it.
     */
    void reportHealth() {
        out.execute(() -> {
            try {
                hall.post("api/v1/call-pads/status", Map.of("silent", silentNow()));
            } catch (IOException | HallClient.Refused e) {
                LOG.warn("call-pad faults not reported: {}", e.getMessage());
            }
        });
    }

    private List<Map<String, Object>> silentNow() {
        List<Map<String, Object>> silent = new ArrayList<>();
        synchronized (silentSince) {
            silentSince.forEach((unit, since) -> byCounter.values().stream()
                    .filter(p -> Integer.valueOf(unit).equals(p.pad()) || Integer.valueOf(unit).equals(p.evaluator()))
                    .findFirst().ifPresent(p -> silent.add(Map.of("counter", p.counter(), "unit", unit,
                            "role", Integer.valueOf(unit).equals(p.pad()) ? "pad" : "evaluator", "since", since.toString()))));
        }
        return silent;
    }

    private Optional<Integer> counterOfUnit(int unit, boolean evaluator) {
        return byCounter.values().stream()
                .filter(p -> Integer.valueOf(unit).equals(evaluator && p.evaluator() != null ? p.evaluator() : p.pad()))
                .map(GatewayConfig.PadSet::counter).findFirst();
    }

    private void act(int counter, CallKey key) {
        String path = "api/v1/counters/" + counter + "/";
        try {
            switch (key) {
                case CALL_NEXT -> hall.post(path + "call-next", null);
                case RECALL -> hall.post(path + "recall", null);
                case START -> hall.post(path + "start", null);
                case FINISH -> hall.post(path + "finish", null);
                case NO_SHOW -> hall.post(path + "no-show", null);
                case PAUSE_RESUME -> hall.post(path + (paused(counter) ? "resume" : "pause"), Map.of("reason", PAUSE_REASON));
                case TRANSFER -> transfer(counter, path);
            }
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("counter {} {}: {}", counter, key, e.getMessage());
        }
    }

    private boolean paused(int counter) {
        return view.counter(counter).map(c -> c.path("state").asText().equals("PAUSED")).orElse(false);
    }

    private void transfer(int counter, String path) throws IOException, HallClient.Refused {
        GatewayConfig.PadSet set = byCounter.get(counter);
        Map<String, Object> to = new LinkedHashMap<>();
        if (set.transferToService() != null) {
            to.put("service", set.transferToService());
        }
        if (set.transferToCounter() != null) {
            to.put("counter", set.transferToCounter());
        }
        if (to.isEmpty()) {
            LOG.warn("counter {}: transfer key pressed but no transfer target in the gateway config", counter);
            return;
        }
        hall.post(path + "transfer", to);
    }

    private void rate(int counter, int score) {
        Optional<String> ticket = view.justServedAt(counter);
        if (ticket.isEmpty()) {
            LOG.info("counter {}: score {} with no ticket just served; dropped", counter, score);
            return;
        }
        try {
            hall.post("api/v1/tickets/" + ticket.get() + "/rating", Map.of("score", score));
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("rating of the ticket just served at counter {}: {}", counter, e.getMessage());
        }
        view.ratingDone(counter);
    }

    /**
     * What the counter's pad shows: its state, its ticket, how many wait for its services;
     * the evaluator lights up while the ticket just served awaits a rating.
     */
    PadDisplay display(JsonNode counter) {
        CounterState state = CounterState.valueOf(counter.path("state").asText("CLOSED"));
        String number = counter.path("ticket").path("number").asText("");
        boolean ask = view.justServedAt(counter.path("number").asInt()).isPresent();
        return new PadDisplay(state, number, view.waitingFor(counter), ask);
    }

    @Override
    public void close() {
        out.shutdownNow();
    }
}
