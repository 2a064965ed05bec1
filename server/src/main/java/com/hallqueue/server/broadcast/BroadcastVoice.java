package com.hallqueue.server.broadcast;

import com.hallqueue.server.queue.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The recordings the gateway plays for a broadcast: an alarm tone, then the kind's sentence
 * twice (made by {@code voice/broadcast/make-clips.sh}). Read when asked: a broadcast is rare.
 */
public final class BroadcastVoice {

    private BroadcastVoice() {
    }

    /** The WAV for {@code kind} in {@code lang} ({@code zh} or {@code en}). */
    public static byte[] wav(String kind, String lang) {
        BroadcastKind k;
        try {
            k = BroadcastKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("kind", "不是紧急广播的种类 / Not a kind of broadcast");
        }
        if (!"zh".equals(lang) && !"en".equals(lang)) {
            throw Refusal.badInput("lang", "须为 zh 或 en / Must be zh or en");
        }
        String name = "/voice/broadcast/" + lang + "/" + k.name() + ".wav";
        try (InputStream in = BroadcastVoice.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in voice pack lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
