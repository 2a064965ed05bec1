package com.hallqueue.server.notify;

import java.time.Instant;

/**
 * One message to send: to {@code phone} (shown only as {@code maskedPhone}), about ticket
 * {@code number}; {@code place} is how many are ahead or the counter that called. {@code id}
 * is the same on every attempt, so a receiver can tell a retry from a new message.
 */
public record Message(long id, MessageKind kind, String phone, String maskedPhone, String number, int place,
                      String text, Instant decidedAt) {

    @Override
    public String toString() {
        return "message " + id + " (" + kind + " " + number + ") to " + maskedPhone; // never the phone itself
    }
}
