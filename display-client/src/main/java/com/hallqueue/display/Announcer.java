package com.hallqueue.display;

import com.hallqueue.client.HallClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says each call through the speaker, one at a time and in call order: the clip of
 * 请A001号到3号窗口办理 is fetched from the hall's clip pack and played to the end before the
 * next. A clip that cannot be fetched is skipped; the screens still show the call. An
 * emergency broadcast's recording goes to the front of the line: it is said as soon as the
 * clip playing now has ended, before calls still waiting to be said.
 */
final class Announcer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

    private final HallClient clips;
    private final String lang;
    private final Speaker speaker;
    private final LinkedBlockingDeque<Runnable> waiting = new LinkedBlockingDeque<>();
    /** One thread, started at once: so a task put straight at the front of {@code waiting} is taken. */
    private final ThreadPoolExecutor queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, waiting, r -> {
        Thread t = new Thread(r, "announcer");
        t.setDaemon(true);
        return t;
    });

    Announcer(HallClient clips, String lang, Speaker speaker) {
        this.clips = clips;
        this.lang = lang;
        this.speaker = speaker;
        queue.prestartCoreThread();
    }

    void announce(String number, int counter) {
        queue.execute(() -> say(number, counter));
    }

    /** The broadcast's recording (an alarm, then its sentence), ahead of every call still waiting. */
    void broadcast(String kind) {
        waiting.offerFirst(() -> play("api/v1/broadcast/voice.wav?kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8)
                + "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8), "the " + kind + " broadcast"));
    }

    private void play(String path, String what) {
        try {
            speaker.play(clips.bytes(path));
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("no recording of {}: {}", what, e.getMessage());
        }
    }

    private void say(String number, int counter) {
        String path = "api/v1/announcements/call.wav?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&counter=" + counter + "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
        try {
            speaker.play(clips.bytes(path));
        } catch (IOException | HallClient.Refused e) {
            LOG.warn("no announcement for {} at counter {}: {}", number, counter, e.getMessage());
        }
    }

    @Override
    public void close() {
        queue.shutdownNow();
    }
}
