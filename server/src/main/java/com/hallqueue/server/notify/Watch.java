package com.hallqueue.server.notify;

/** A ticket whose citizen asked to be told, and which of its two messages are decided already. */
record Watch(String ticketId, Consent consent, boolean aheadDone, boolean calledDone) {

    static Watch of(String ticketId, Consent c) {
        return new Watch(ticketId, c, c.near(), false);
    }

    /** The same citizen asking again (another phone, another count): what was decided stays decided. */
    Watch renewed(Consent c) {
        return new Watch(ticketId, c, aheadDone || c.near(), calledDone);
    }

    Watch decided(MessageKind kind) {
        // once called, the count ahead is past: never told after the call
        return kind == MessageKind.CALLED ? new Watch(ticketId, consent, true, true)
                : new Watch(ticketId, consent, true, calledDone);
    }
}
