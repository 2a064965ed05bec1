package com.hallqueue.server.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends nothing: writes what would be sent to the server's log, with the phone masked. */
final class LogNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);

    @Override
    public Outcome send(Message m) {
        LOG.info("{}: {}", m, m.text());
        return new Outcome.Sent();
    }
}
