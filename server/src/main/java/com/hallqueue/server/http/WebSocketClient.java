package com.hallqueue.server.http;

import com.hallqueue.server.events.Snapshot;
import com.hallqueue.server.events.Subscriber;
import com.hallqueue.server.queue.HallEvent;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * One connected screen. A screen that cannot keep up (its send buffer is full) is
 * disconnected rather than allowed to hold up the hall; it reconnects and gets a snapshot.
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

    @Override
    public void snapshot(Snapshot s) {
        send(json.snapshot(s));
    }

    @Override
    public void event(HallEvent e) {
        if (!channel.isWritable()) {
            channel.close();
            return;
        }
        fanout.add(channel, json.event(e));
    }

    @Override
    public void endOfBatch() {
        fanout.flush();
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    private void send(byte[] bytes) {
        channel.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(bytes)), channel.voidPromise());
    }
}
