package com.hallqueue.server.notify;

/**
 * Where messages go: an SMS gateway, a webhook, or the server's log. Called from the outbox's
 * sender, never from the hall's writer; answers an {@link Outcome} rather than throwing.
 */
public interface Notifier {

    Outcome send(Message m);
}
