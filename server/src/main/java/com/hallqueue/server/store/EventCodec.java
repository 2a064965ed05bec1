package com.hallqueue.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hallqueue.server.queue.HallEvent;

/**
 * A committed event as one line of JSON, for the journal and the event log. The screens'
 * views are left out: whoever reads the event back works them out from its own engine.
 */
final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A newer version may add fields; an older server still reads its events.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // ... and kinds of event: during a rolling upgrade on PostgreSQL an older server takes in
            // a newer one's event of a type it does not know with a null type (see Replay).
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            // ... and kinds of staff change, read as null and passed over.
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);

    private EventCodec() {
    }

    static String encode(HallEvent e) {
        try {
            return JSON.writeValueAsString(bare(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("hall events always serialize", ex);
        }
    }

    /** The event, or throws {@link JsonProcessingException} for a line that was cut short. */
    static HallEvent decode(String line) throws JsonProcessingException {
        return JSON.readValue(line, HallEvent.class);
    }

    /** A whole batch, for one record of the journal. */
    static byte[] encodeBatch(Batch batch) {
        try {
            return JSON.writeValueAsBytes(new Batch(batch.events().stream().map(EventCodec::bare).toList(),
                    batch.answers(), batch.staff(), batch.settings()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("hall events always serialize", ex);
        }
    }

    static Batch decodeBatch(byte[] payload) throws java.io.IOException {
        return JSON.readValue(payload, Batch.class);
    }

    private static HallEvent bare(HallEvent e) {
        return new HallEvent(e.seq(), e.type(), e.at(), e.ticket(), e.counter(), e.staffBadge(), e.detail(), null, null,
                null, e.printer(), e.followUp(), e.booking(), e.notice(), e.mark(), e.complaint());
    }
}
