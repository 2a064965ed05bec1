package com.hallqueue.server.bench;

import com.hallqueue.server.bench.CityHalls.Hall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The city's morning peak, offered open-loop: every hall's kiosk issues at its hall's rate and
 * its counters, between them, finish and call next at the same rate, each device on its own
 * keep-alive connection to its hall's server and on its own timetable. A late answer does not
 * move the timetable: the next request is due when it was due, and its latency counts from
 * then, so a server that falls behind shows it in the figures instead of being offered less.
 */
final class CityPeak {

    private static final Pattern TICKET_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([^\"]+)\"");
    /** How long a device that lost its server waits before it tries the next one, as the hall's own devices do. */
    private static final long RETRY_PAUSE = 100_000_000L;
    /** A device thread needs little stack; the city has a thousand of them. */
    private static final long STACK = 256 * 1024;

    /** A call-next answered at a hall that a screen watches: the ticket, when it was sent and when answered. */
    record Call(String ticketId, long sent, long answered) {
    }

    /** A ticket answered 201 at a kiosk. */
    record Issued(Hall hall, String ticketId, String number) {
    }

    /** A ticket that a counter's call-next called, at the counter's {@code step}-th turn. */
    record Called(Hall hall, int counter, long step, String ticketId) {
    }

    private final List<Hall> halls;
    private final int[] ports;
    private final Map<String, List<String>> tokens;
    private final List<Device> devices = new ArrayList<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Call> watchedCalls = new ConcurrentLinkedQueue<>();
    private final java.util.Set<String> watched;
    private final java.util.concurrent.atomic.AtomicLong lastAnswer = new java.util.concurrent.atomic.AtomicLong();
    private final ConcurrentLinkedQueue<Issued> issuedTickets = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Called> calledTickets = new ConcurrentLinkedQueue<>();
    private final boolean failover;
    private long start;

    /**
     * {@code tokens}: each hall's staff tokens, counter 1 first; calls at the {@code watched}
     * halls are noted. With {@code failover} every request carries an {@code Idempotency-Key},
     * and a device whose server breaks the connection or answers 503 or 409 sends it again, to
     * the next server after a short pause, until it is answered.
     */
    CityPeak(List<Hall> halls, int[] ports, Map<String, List<String>> tokens, java.util.Set<String> watched,
             boolean failover) {
        this.halls = halls;
        this.ports = ports;
        this.tokens = tokens;
        this.watched = watched;
        this.failover = failover;
    }

    /** When the first request is due, in {@link System#nanoTime()}; set by {@link #run}. */
    long start() {
        return start;
    }

    /** Drives the peak for {@code seconds} from one second from now; returns when every device is done. */
    void run(double seconds) throws InterruptedException {
        start = System.nanoTime() + 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (Hall h : halls) {
            double period = 1 / h.kind().ticketsPerSecond;
            double offset = new Random(h.index()).nextDouble() * period;
            devices.add(new Kiosk(h, start, offset, period, seconds));
            for (int n = 1; n <= h.counters(); n++) {
                // counter n of k calls every k periods, the counters taking turns
                devices.add(new Counter(h, n, start, offset + (n - 0.5) * period, h.counters() * period, seconds));
            }
        }
        for (Device d : devices) {
            Thread t = new Thread(null, d, d.hall.id() + "-" + d.name(), STACK);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long giveUp = start + (long) ((seconds + 60) * 1e9);
        for (Thread t : threads) {
            t.join(Math.max(1, (giveUp - System.nanoTime()) / 1_000_000));
            if (t.isAlive()) {
                failed("still waiting for an answer 60 s after the peak");
            }
        }
    }

    /** Seconds from the first due request to the last answer. */
    double elapsed() {
        return (lastAnswer.get() - start) / 1e9;
    }

    long[] issues() {
        return devices.stream().filter(d -> d instanceof Kiosk).flatMapToLong(d -> d.latencies.stream()).toArray();
    }

    long[] calls() {
        return devices.stream().filter(d -> d instanceof Counter).flatMapToLong(d -> d.latencies.stream()).toArray();
    }

    long[] finishes() {
        return devices.stream().filter(d -> d instanceof Counter)
                .flatMapToLong(d -> ((Counter) d).finishes.stream()).toArray();
    }

    /** Tickets issued (201), and calls that called somebody (200) and found nobody waiting (204). */
    long issued() {
        return devices.stream().filter(d -> d instanceof Kiosk).mapToLong(d -> d.succeeded).sum();
    }

    long called() {
        return devices.stream().filter(d -> d instanceof Counter).mapToLong(d -> d.succeeded).sum();
    }

    long nobodyWaiting() {
        return devices.stream().filter(d -> d instanceof Counter).mapToLong(d -> ((Counter) d).nobody).sum();
    }

    long offered() {
        return devices.stream().mapToLong(d -> d.offered).sum();
    }

    /** One hall's issue (kiosk) or call-next (counters) latencies. */
    long[] ofHall(Hall h, boolean issue) {
        return devices.stream().filter(d -> d.hall == h && (d instanceof Kiosk) == issue)
                .flatMapToLong(d -> d.latencies.stream()).toArray();
    }

    /** Failures by kind: a status other than the expected one, or a broken connection. */
    Map<String, Long> failures() {
        Map<String, Long> out = new TreeMap<>();
        failures.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    List<Call> watchedCalls() {
        return List.copyOf(watchedCalls);
    }

    List<Issued> issuedTickets() {
        return List.copyOf(issuedTickets);
    }

    List<Called> calledTickets() {
        return List.copyOf(calledTickets);
    }

    /**
     * Each hall's longest time without service at one of its devices: from a request's first
     * failed attempt to the answer of the attempt that succeeded. Halls that lost nothing are left out.
     */
    Map<Hall, Long> gaps() {
        Map<Hall, Long> out = new java.util.LinkedHashMap<>();
        for (Device d : devices) {
            d.gaps.stream().max().ifPresent(g -> out.merge(d.hall, g, Math::max));
        }
        return out;
    }

    /** Requests sent again after a failed attempt, and answers that came back as replays of a first answer. */
    long retried() {
        return devices.stream().mapToLong(d -> d.retried).sum();
    }

    long replayed() {
        return devices.stream().mapToLong(d -> d.replayed).sum();
    }

    private void failed(String what) {
        failures.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    /** Latencies in nanoseconds, grown as needed; one device's thread writes them, read after it ends. */
    static final class Samples {
        private long[] values = new long[64];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        java.util.stream.LongStream stream() {
            return Arrays.stream(values, 0, size);
        }
    }

    /** A kiosk or a counter: its own connection, and requests due at {@code start + offset + k * period}. */
    private abstract class Device implements Runnable {
        final Hall hall;
        final Samples latencies = new Samples();
        final long start;
        final double offset;
        final double period;
        final double seconds;
        long offered;
        long succeeded;
        final Samples gaps = new Samples();
        long retried;
        long replayed;
        private RawHttp http;
        private int moved;

        Device(Hall hall, long start, double offset, double period, double seconds) {
            this.hall = hall;
            this.start = start;
            this.offset = offset;
            this.period = period;
            this.seconds = seconds;
        }

        abstract String name();

        /** The requests of the {@code k}-th turn, due at {@code due}. */
        abstract void step(long due, long k) throws IOException;

        @Override
        public void run() {
            for (long k = 0; offset + k * period < seconds; k++) {
                long due = start + (long) ((offset + k * period) * 1e9);
                LockSupport.parkNanos(due - System.nanoTime());
                offered++;
                try {
                    step(due, k);
                } catch (IOException e) {
                    failed(name().replaceAll("[0-9]+", "") + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
                    closeConnection();
                }
            }
            closeConnection();
        }

        RawHttp.Answer send(byte[] request) throws IOException {
            if (!failover) {
                return exchange(request);
            }
            long troubleSince = 0;
            while (true) {
                try {
                    RawHttp.Answer answer = exchange(request);
                    if (answer.status() != 503 && answer.status() != 409) {
                        if (troubleSince != 0) {
                            gaps.add(System.nanoTime() - troubleSince);
                        }
                        replayed += answer.replayed() ? 1 : 0;
                        return answer;
                    }
                } catch (IOException e) {
                    // the server is gone or going: the next one is tried below
                }
                troubleSince = troubleSince == 0 ? System.nanoTime() : troubleSince;
                if (System.nanoTime() - troubleSince > 60_000_000_000L) {
                    throw new IOException("no server answered for 60 s");
                }
                closeConnection();
                moved++;
                retried++;
                LockSupport.parkNanos(RETRY_PAUSE);
            }
        }

        private RawHttp.Answer exchange(byte[] request) throws IOException {
            if (http == null) {
                http = new RawHttp(ports[(hall.server() + moved) % ports.length]);
            }
            RawHttp.Answer answer = http.exchange(request);
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            return answer;
        }

        /** A key for the request of this device's {@code k}-th turn, or null when requests are not sent again. */
        String key(String what, long k) {
            return failover ? hall.id() + "-" + name() + "-" + what + "-" + k : null;
        }

        private void closeConnection() {
            if (http != null) {
                try {
                    http.close();
                } catch (IOException ignored) {
                    // the connection is being dropped anyway
                }
                http = null;
            }
        }
    }

    /** The hall's ticket kiosk: one ticket for a service picked at random from the hall's, each time it is due. */
    private final class Kiosk extends Device {
        private final Random pick;

        Kiosk(Hall hall, long start, double offset, double period, double seconds) {
            super(hall, start, offset, period, seconds);
            pick = new Random(hall.index() * 31L + 7);
        }

        @Override
        String name() {
            return "kiosk";
        }

        @Override
        void step(long due, long k) throws IOException {
            String service = hall.services().get(pick.nextInt(hall.services().size()));
            RawHttp.Answer a = send(RawHttp.post(hall.prefix() + "/api/v1/tickets", hall.kioskToken(),
                    "{\"service\":\"" + service + "\"}", key("issue", k)));
            latencies.add(System.nanoTime() - due);
            if (a.status() == 201) {
                succeeded++;
                Matcher id = TICKET_ID.matcher(a.text());
                Matcher number = NUMBER.matcher(a.text());
                if (id.find() && number.find()) {
                    issuedTickets.add(new Issued(hall, id.group(1), number.group(1)));
                }
            } else {
                failed("issue answered " + a.status());
            }
        }
    }

    /**
     * A counter: when due, finishes the ticket it holds, then calls the next. The call-next's
     * latency counts from when it could be sent: when due, or when the finish before it was
     * answered if that was later (the finish's own lateness is counted apart).
     */
    private final class Counter extends Device {
        final Samples finishes = new Samples();
        long nobody;
        private final int number;
        private final String token;
        private final String base;
        private boolean holding;

        Counter(Hall hall, int number, long start, double offset, double period, double seconds) {
            super(hall, start, offset, period, seconds);
            this.number = number;
            token = tokens.get(hall.id()).get(number - 1);
            base = hall.prefix() + "/api/v1/counters/" + number;
        }

        @Override
        String name() {
            return "counter" + number;
        }

        @Override
        void step(long due, long k) throws IOException {
            long from = due;
            if (holding) {
                RawHttp.Answer f = send(RawHttp.post(base + "/finish", token, "", key("finish", k)));
                from = Math.max(due, System.nanoTime());
                finishes.add(from - due);
                holding = false;
                if (f.status() != 200) {
                    failed("finish answered " + f.status());
                }
            }
            long sent = System.nanoTime();
            RawHttp.Answer a = send(RawHttp.post(base + "/call-next", token, "", key("call", k)));
            long answered = System.nanoTime();
            latencies.add(answered - from);
            if (a.status() == 200) {
                succeeded++;
                holding = true;
                noteIfWatched(a.text(), sent, answered);
                Matcher id = TICKET_ID.matcher(a.text());
                if (id.find()) {
                    calledTickets.add(new Called(hall, number, k, id.group(1)));
                }
            } else if (a.status() == 204) {
                nobody++;
            } else {
                failed("call-next answered " + a.status());
            }
        }

        private void noteIfWatched(String body, long sent, long answered) {
            if (watched.contains(hall.id())) {
                Matcher m = TICKET_ID.matcher(body);
                if (m.find()) {
                    watchedCalls.add(new Call(m.group(1), sent, answered));
                }
            }
        }
    }
}
