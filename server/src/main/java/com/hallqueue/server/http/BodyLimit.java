package com.hallqueue.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.channel.socket.SocketChannel;
import java.util.concurrent.TimeUnit;

/** Collects a request's body up to the limit; beyond it, a 413 problem and the connection closes. */
final class BodyLimit extends HttpObjectAggregator {

    static final int MAX_BODY_BYTES = 64 * 1024;

    BodyLimit() {
        super(MAX_BODY_BYTES);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        Problem p = Problem.of(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "请求内容过大 / The body may be at most " + MAX_BODY_BYTES + " bytes", "body");
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(Json.bytes(p)));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.CONTENT_TYPE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, res.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, "close");
        // Closing at once would reset the connection while the client still sends, and the
        // client could lose the answer. Half-close instead: the aggregator reads and drops the
        // rest of the body, and the connection closes a little later.
        ctx.writeAndFlush(res).addListener(f -> {
            if (ctx.channel() instanceof SocketChannel socket) {
                socket.shutdownOutput();
            }
            ctx.executor().schedule(() -> ctx.close(), 2, TimeUnit.SECONDS);
        });
    }
}
