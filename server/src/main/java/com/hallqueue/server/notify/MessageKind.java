package com.hallqueue.server.notify;

/** The two messages a citizen may be sent about one ticket, each at most once. */
public enum MessageKind {
    /** So many are ahead: time to come back to the hall. */
    AHEAD,
    /** The ticket was called: which counter. */
    CALLED
}
