package com.hallqueue.server.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.timeout.IdleStateHandler;

/** Builds each connection's pipeline, and nothing else. */
final class HallServerInitializer extends ChannelInitializer<SocketChannel> {

    /**
     * An HTTP connection silent this long is closed: a half-open socket must not linger. An
     * event stream swaps this for its own heartbeat when it upgrades (see WebSocketUpgrade).
     */
    private static final int READ_IDLE_SECONDS = 60;
    private static final int WRITE_IDLE_SECONDS = 25;

    private final HallDirectory halls;

    HallServerInitializer(HallDirectory halls) {
        this.halls = halls;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast(new IdleStateHandler(READ_IDLE_SECONDS, WRITE_IDLE_SECONDS, 0));
        p.addLast(new HttpServerCodec(4096, 8192, 8192));
        p.addLast(new HttpServerExpectContinueHandler());
        p.addLast(new BodyLimit());
        p.addLast(new HttpRequestHandler(halls));
    }
}
