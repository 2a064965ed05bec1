package com.hallqueue.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a batch of events to every screen with one task per network thread, not one per
 * screen and event: with hundreds of screens that is what keeps a call's delay short.
 * Used from the hall's writer thread only.
 */
final class ScreenFanout {

    private final Map<EventLoop, Map<Channel, List<byte[]>>> pending = new HashMap<>();

    void add(Channel channel, byte[] message) {
        pending.computeIfAbsent(channel.eventLoop(), l -> new HashMap<>())
                .computeIfAbsent(channel, c -> new ArrayList<>(2)).add(message);
    }

    /** Hands each network thread its screens' messages of this batch, in order, in one task. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        pending.forEach((loop, byChannel) -> loop.execute(() -> byChannel.forEach(ScreenFanout::send)));
        pending.clear();
    }

    private static void send(Channel channel, List<byte[]> batch) {
        for (byte[] m : batch) {
            channel.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(m)), channel.voidPromise());
        }
        channel.flush();
    }
}
