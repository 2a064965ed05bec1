package com.hallqueue.server.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;

/**
 * The stream is one-way: the server talks, screens only answer pings. The pings and the
 * closing of screens that stopped answering are {@link WebSocketHeartbeat}'s. A browser page
 * cannot see pings, so to learn whether a quiet stream is still alive it may send the text
 * {@code {"type":"ping"}}; that screen alone is answered {@code {"type":"pong","pingMillis":…}}:
 * the server's ping interval, from which the page sets how long it lets its stream stay quiet.
 */
final class WebSocketFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final WebSocketServerHandshaker handshaker;
    private final String pong;

    WebSocketFrameHandler(WebSocketServerHandshaker handshaker, StreamHeartbeat heartbeat) {
        this.handshaker = handshaker;
        this.pong = "{\"type\":\"pong\",\"pingMillis\":" + heartbeat.pingEvery().toMillis() + "}";
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof CloseWebSocketFrame close) {
            handshaker.close(ctx.channel(), close.retain());
        } else if (frame instanceof PingWebSocketFrame) {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
        } else if (frame instanceof TextWebSocketFrame text && text.text().contains("\"ping\"")) {
            ctx.writeAndFlush(new TextWebSocketFrame(pong));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
