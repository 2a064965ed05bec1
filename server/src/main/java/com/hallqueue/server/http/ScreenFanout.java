package com.hallqueue.server.http;

import com.hallqueue.server.events.Fanout;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.HallEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The screens, told as one. Each event of a batch is encoded once, as a whole WebSocket
 * frame in one direct buffer that every screen's connection shares (screens are sent plain,
 * unmasked frames without extensions, so the bytes are the same for all), and each network
 * thread gets one task per batch that writes those frames to its own screens. The hall's
 * writer thread does the same small work whether 5 or 500 screens watch.
 */
final class ScreenFanout implements Fanout {

    private final EventJson json;
    private final Map<EventLoop, LoopScreens> loops = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    ScreenFanout(EventJson json) {
        this.json = json;
    }

    @Override
    public void join(Subscriber member, long afterSeq) {
        Channel channel = ((WebSocketClient) member).channel();
        LoopScreens screens = loops.computeIfAbsent(channel.eventLoop(), loop -> new LoopScreens(size));
        execute(channel.eventLoop(), () -> screens.add(channel, afterSeq), () -> { });
    }

    @Override
    public void publish(List<HallEvent> batch) {
        if (loops.isEmpty()) {
            return;
        }
        List<SharedFrame> frames = batch.stream().map(e -> new SharedFrame(e.seq(), textFrame(json.event(e)))).toList();
        try {
            loops.forEach((loop, screens) -> {
                List<SharedFrame> copies = frames.stream().map(SharedFrame::retainedDuplicate).toList();
                execute(loop, () -> screens.send(copies), () -> copies.forEach(SharedFrame::release));
            });
        } finally {
            frames.forEach(SharedFrame::release);
        }
    }

    @Override
    public int size() {
        return size.get();
    }

    private static void execute(EventLoop loop, Runnable task, Runnable ifRefused) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            ifRefused.run();
        }
    }

    /** A final text frame as RFC 6455 puts it on the wire from a server: no mask, no extension bits. */
    static ByteBuf textFrame(byte[] payload) {
        int n = payload.length;
        ByteBuf frame = ByteBufAllocator.DEFAULT.directBuffer(n + 10);
        frame.writeByte(0x81);
        if (n <= 125) {
            frame.writeByte(n);
        } else if (n <= 0xFFFF) {
            frame.writeByte(126).writeShort(n);
        } else {
            frame.writeByte(127).writeLong(n);
        }
        return frame.writeBytes(payload);
    }

    /** An event's frame, shared by the screens of one network thread. */
    record SharedFrame(long seq, ByteBuf bytes) {

        SharedFrame retainedDuplicate() {
            return new SharedFrame(seq, bytes.retainedDuplicate());
        }

        void release() {
            bytes.release();
        }
    }

    /** The screens of one network thread; touched only on that thread. */
    static final class LoopScreens {
        private final List<Screen> screens = new ArrayList<>();
        private final AtomicInteger size;

        LoopScreens(AtomicInteger size) {
            this.size = size;
        }

        void add(Channel channel, long afterSeq) {
            if (!channel.isActive()) {
                return;
            }
            Screen screen = new Screen(channel, afterSeq);
            screens.add(screen);
            size.incrementAndGet();
            channel.closeFuture().addListener(f -> remove(screen));
        }

        private void remove(Screen screen) {
            if (screens.remove(screen)) {
                size.decrementAndGet();
            }
        }

        /** Writes each frame to every screen that joined before it, and releases the frames. */
        void send(List<SharedFrame> frames) {
            try {
                // a copy: a screen closed while sending leaves the list at once
                for (Screen s : screens.toArray(Screen[]::new)) {
                    s.send(frames);
                }
            } finally {
                frames.forEach(SharedFrame::release);
            }
        }
    }

    /**
     * One screen and the last event of its snapshot. A screen that cannot keep up (its send
     * buffer is full) is disconnected rather than allowed to hold up the hall; it reconnects
     * and gets a snapshot.
     */
    private record Screen(Channel channel, long afterSeq) {

        void send(List<SharedFrame> frames) {
            if (!channel.isActive()) {
                return;
            }
            if (!channel.isWritable()) {
                channel.close();
                return;
            }
            boolean wrote = false;
            for (SharedFrame f : frames) {
                if (f.seq() > afterSeq) {
                    channel.write(f.bytes().retainedDuplicate(), channel.voidPromise());
                    wrote = true;
                }
            }
            if (wrote) {
                channel.flush();
            }
        }
    }
}
