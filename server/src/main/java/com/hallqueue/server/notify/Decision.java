package com.hallqueue.server.notify;

/**
 * A message decided, as the {@code notify.queued} event records it: its kind, the ticket's
 * number, the place (how many ahead, or the counter that called) and whose phone.
 */
record Decision(MessageKind kind, String number, int place, String holder) {

    String detail() {
        return kind + " " + number + " " + place + " " + holder;
    }

    static Decision parse(String detail) {
        String[] p = detail.split(" ");
        return new Decision(MessageKind.valueOf(p[0]), p[1], Integer.parseInt(p[2]), p[3]);
    }
}
