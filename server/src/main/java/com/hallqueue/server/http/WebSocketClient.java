package com.hallqueue.server.http;

import com.hallqueue.server.events.Fanout;
import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.HallEvent;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * One connected screen: its own snapshot, then the hall's events through the screens' shared
 * {@link ScreenFanout}.
 */
final class WebSocketClient implements Subscriber {

    private final Channel channel;
    private final EventJson json;
    private final ScreenFanout fanout;

    WebSocketClient(Channel channel, EventJson json, ScreenFanout fanout) {
        this.channel = channel;
        this.json = json;
        this.fanout = fanout;
    }

    Channel channel() {
        return channel;
    }

    @Override
    public void snapshot(Snapshot s) {
        send(json.snapshot(s));
    }

    /** Only when told on its own; as a member of the fan-out it is told through that. */
    @Override
    public void event(HallEvent e) {
        send(json.event(e));
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public Fanout fanout() {
        return fanout;
    }

    private void send(byte[] bytes) {
        channel.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(bytes)), channel.voidPromise());
    }
}
