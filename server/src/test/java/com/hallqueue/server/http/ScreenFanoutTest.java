package com.hallqueue.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hallqueue.server.events.EventHub;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.QueueView;
import com.hallqueue.server.testing.Halls;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenFanoutTest {

    private final EventJson json = new EventJson(Halls.demo());
    private final ScreenFanout fanout = new ScreenFanout(json);
    private final EventHub hub = new EventHub();

    @Test
    void aScreenGetsTheEventsAfterItsSnapshotAsPlainTextFrames() {
        EmbeddedChannel screen = new EmbeddedChannel();
        hub.join(new WebSocketClient(screen, json, fanout), 5);
        screen.runPendingTasks();

        hub.publish(List.of(paused(5), paused(6), paused(7)));
        screen.runPendingTasks();

        List<String> texts = decoded(screen);
        assertEquals(2, texts.size());
        assertTrue(texts.get(0).startsWith("{\"type\":\"counter.paused\",\"seq\":6,"), texts.get(0));
        assertTrue(texts.get(1).startsWith("{\"type\":\"counter.paused\",\"seq\":7,"), texts.get(1));
        assertFalse(screen.finishAndReleaseAll());
    }

    @Test
    void everyScreenGetsTheSameBytesAndTheSharedFrameIsFreedOnceAllAreWritten() {
        EmbeddedChannel a = new EmbeddedChannel();
        EmbeddedChannel b = new EmbeddedChannel();
        hub.join(new WebSocketClient(a, json, fanout), 0);
        hub.join(new WebSocketClient(b, json, fanout), 0);
        a.runPendingTasks();
        b.runPendingTasks();

        hub.publish(List.of(paused(1)));
        a.runPendingTasks();
        b.runPendingTasks();

        ByteBuf fromA = a.readOutbound();
        ByteBuf fromB = b.readOutbound();
        assertArrayEquals(ByteBufUtil.getBytes(fromA), ByteBufUtil.getBytes(fromB));
        ByteBuf shared = fromA.unwrap();
        fromA.release();
        fromB.release();
        assertEquals(0, shared.refCnt());
        assertFalse(a.finishAndReleaseAll());
        assertFalse(b.finishAndReleaseAll());
    }

    @Test
    void aScreenThatCannotKeepUpIsClosedAndNoLongerCounted() {
        EmbeddedChannel slow = new EmbeddedChannel();
        EmbeddedChannel fine = new EmbeddedChannel();
        hub.join(new WebSocketClient(slow, json, fanout), 0);
        hub.join(new WebSocketClient(fine, json, fanout), 0);
        slow.runPendingTasks();
        fine.runPendingTasks();
        assertEquals(2, hub.size());

        slow.config().setWriteBufferWaterMark(new WriteBufferWaterMark(1, 2));
        slow.write(Unpooled.wrappedBuffer(new byte[16]));
        assertFalse(slow.isWritable());
        hub.publish(List.of(paused(1)));
        slow.runPendingTasks();
        fine.runPendingTasks();

        assertFalse(slow.isActive());
        assertEquals(1, hub.size());
        assertEquals(1, decoded(fine).size());
        slow.finishAndReleaseAll();
        assertFalse(fine.finishAndReleaseAll());
    }

    @Test
    void framesOfEveryLengthClassDecode() {
        for (int n : new int[] {0, 1, 125, 126, 127, 65_535, 65_536, 100_000}) {
            byte[] payload = new byte[n];
            Arrays.fill(payload, (byte) 'x');
            EmbeddedChannel reader = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
            reader.writeInbound(ScreenFanout.textFrame(payload));
            TextWebSocketFrame frame = reader.readInbound();
            assertTrue(frame.isFinalFragment());
            assertEquals(n, frame.content().readableBytes(), "payload of " + n);
            assertArrayEquals(payload, ByteBufUtil.getBytes(frame.content()));
            frame.release();
            assertFalse(reader.finishAndReleaseAll());
        }
    }

    /** What a screen reads from the bytes written to it. */
    private static List<String> decoded(EmbeddedChannel screen) {
        EmbeddedChannel reader = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
        for (ByteBuf out = screen.readOutbound(); out != null; out = screen.readOutbound()) {
            reader.writeInbound(out);
        }
        List<String> texts = new ArrayList<>();
        for (TextWebSocketFrame f = reader.readInbound(); f != null; f = reader.readInbound()) {
            texts.add(f.content().toString(StandardCharsets.UTF_8));
            f.release();
        }
        assertNull(reader.readInbound());
        assertFalse(reader.finishAndReleaseAll());
        return texts;
    }

    private static HallEvent paused(long seq) {
        return new HallEvent(seq, EventType.COUNTER_PAUSED, Instant.parse("2026-11-27T01:30:00Z"), null, null,
                null, "午休", null, null, new QueueView(List.of()));
    }
}
