package com.hallqueue.server.simulate;

/** A simulated counter's member of staff: open or not, busy or not (the engine knows their breaks). */
final class CounterAtWork {

    final int number;
    final String badge;
    boolean open;
    boolean busy;

    CounterAtWork(int number) {
        this.number = number;
        this.badge = "S" + number;
    }

    boolean mayCall() {
        return open && !busy;
    }
}
