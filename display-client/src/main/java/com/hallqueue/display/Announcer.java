package com.hallqueue.display;

import com.hallqueue.client.HallClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says each call through the speaker, one at a time and in call order: the clip of
 * 请A001号到3号窗口办理 is fetched from the hall's clip pack and played to the end before the
 * next. A clip that cannot be fetched is skipped; the screens still show the call. An
 * emergency broadcast's recording goes to the front of the line: it is said as soon as the
 * clip playing now has ended, before calls still waiting to be said.
 *
 * <p>Clips are fetched as soon as the call is heard, on a thread of their own, so the fetch
 * of the next call's clip does not wait for the current one to be said.
 */
final class Announcer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

    private final HallClient clips;
    private final String lang;
    private final Speaker speaker;
    private final AtomicBoolean speaking = new AtomicBoolean();
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> daemon(r, "announcer-clips"));
    private final LinkedBlockingDeque<Runnable> waiting = new LinkedBlockingDeque<>();
    /** One thread, started at once: so a task put straight at the front of {@code waiting} is taken. */
    private final ThreadPoolExecutor player = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, waiting,
            r -> daemon(r, "announcer"));

    Announcer(HallClient clips, String lang, Speaker speaker) {
        this.clips = clips;
        this.lang = lang;
        this.speaker = speaker;
        player.prestartCoreThread();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Opens the connection to the clip server ahead of the first call (a first request pays
     * for the connection, often more than the strip can wait): any answer will do.
     */
    void warmUp() {
        fetcher.execute(() -> {
            try {
                clips.bytes("health");
            } catch (IOException | HallClient.Refused e) {
                LOG.debug("clip server not reached yet: {}", e.getMessage());
            }
        });
    }

    /**
     * Sets the call going. The answer completes when the speaker starts on this call's clip,
     * or as soon as the clip is in hand while the speaker is still saying an earlier call (it
     * cannot start sooner then), or when there is no clip to say: the moment from which the
     * strip may light without getting ahead of the voice.
     */
    CompletableFuture<Void> announce(String number, int counter) {
        CompletableFuture<Void> begun = new CompletableFuture<>();
        CompletableFuture<byte[]> clip = CompletableFuture.supplyAsync(() -> fetch(number, counter), fetcher);
        clip.whenComplete((wav, e) -> {
            if (wav == null || speaking.get()) {
                begun.complete(null);
            }
        });
        player.execute(() -> say(clip, begun));
        return begun;
    }

    /** The broadcast's recording (an alarm, then its sentence), ahead of every call still waiting. */
    void broadcast(String kind) {
        String path = "api/v1/broadcast/voice.wav?kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8)
                + "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
        waiting.offerFirst(() -> {
            try {
                play(clips.bytes(path));
            } catch (IOException | HallClient.Refused e) {
                LOG.warn("no recording of the {} broadcast: {}", kind, e.getMessage());
            }
        });
    }

    private void say(CompletableFuture<byte[]> clip, CompletableFuture<Void> begun) {
        byte[] wav = clip.exceptionally(e -> null).join();
        if (wav == null) {
            begun.complete(null);
            return;
        }
        begun.complete(null);
        play(wav);
    }

    private void play(byte[] wav) {
        speaking.set(true);
        try {
            speaker.play(wav);
        } finally {
            speaking.set(false);
        }
    }

    private String path(String number, int counter) {
        return "api/v1/announcements/call.wav?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&counter=" + counter + "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
    }

    private byte[] fetch(String number, int counter) {
        try {
            return clips.bytes(path(number, counter));
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("no announcement for {} at counter {}: {}", number, counter, e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        fetcher.shutdownNow();
        player.shutdownNow();
    }
}
