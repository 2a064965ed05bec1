package com.hallqueue.server.notify;

import java.time.Duration;

/** What became of one attempt to send a message. */
public sealed interface Outcome {

    /** The gateway took it. */
    record Sent() implements Outcome {
    }

    /** Not taken: {@code retry} when another attempt may do better (a 5xx, a timeout), not for a refusal (4xx). */
    record Failed(String why, boolean retry) implements Outcome {
    }

    /** Not attempted: a rate limit holds it back for {@code holdFor}; no attempt is counted. */
    record Held(Duration holdFor) implements Outcome {
    }
}
