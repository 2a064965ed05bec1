package com.hallqueue.server.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sits at the head of an event stream's pipeline, where every byte from the screen passes:
 * anything read counts as life. Pings go out on a fixed beat whether or not events are
 * flowing, so a screen that only listens still answers something; a screen that has sent
 * nothing for {@link StreamHeartbeat#deadAfter()} is gone (pulled cable, sleeping laptop,
 * half-open socket) and its connection is closed. Runs on the channel's event loop only.
 */
final class WebSocketHeartbeat extends ChannelInboundHandlerAdapter {

    private final StreamHeartbeat beat;
    private long lastHeardNanos = System.nanoTime();
    private ScheduledFuture<?> pinging;

    WebSocketHeartbeat(StreamHeartbeat beat) {
        this.beat = beat;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        long every = beat.pingEvery().toNanos();
        pinging = ctx.executor().scheduleAtFixedRate(() -> beat(ctx), every, every, TimeUnit.NANOSECONDS);
        ctx.channel().closeFuture().addListener(f -> pinging.cancel(false));
    }

    private void beat(ChannelHandlerContext ctx) {
        if (System.nanoTime() - lastHeardNanos >= beat.deadAfter().toNanos()) {
            ctx.close();
        } else {
            ctx.channel().writeAndFlush(new PingWebSocketFrame(), ctx.channel().voidPromise());
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastHeardNanos = System.nanoTime();
        ctx.fireChannelRead(msg);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (pinging != null) {
            pinging.cancel(false);
        }
    }
}
