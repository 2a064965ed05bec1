package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.desk.HallDesk;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code GET /ws?token=…}: checks the token (a display, kiosk, printer or staff token), then
 * upgrades the connection and makes it follow the hall from a fresh snapshot. The request's
 * idle timer gives way to the stream's own heartbeat ({@link WebSocketHeartbeat}).
 */
final class WebSocketUpgrade {

    private static final int MAX_FRAME = 64 * 1024;
    private final HallApi api;
    private final HallDesk desk;
    private final ScreenFanout fanout;
    private final StreamHeartbeat heartbeat = StreamHeartbeat.configured();

    WebSocketUpgrade(HallApi api, HallDesk desk) {
        this.api = api;
        this.desk = desk;
        this.fanout = new ScreenFanout(api.hall().eventJson());
    }

    void start(ChannelHandlerContext ctx, FullHttpRequest req, QueryStringDecoder uri) {
        List<String> tokens = uri.parameters().get("token");
        String token = tokens == null || tokens.isEmpty() ? null : tokens.get(0);
        req.retain();
        ctx.channel().config().setAutoRead(false);
        try {
            api.hall().workers().execute(() -> {
                Optional<Caller> caller = token == null ? Optional.empty() : api.hall().authenticator().identify(token);
                ctx.executor().execute(() -> finish(ctx, req, caller));
            });
        } catch (RejectedExecutionException e) {
            req.release();
            refuse(ctx, HttpResponseStatus.SERVICE_UNAVAILABLE, "服务繁忙 / Busy, try again");
        }
    }

    private void finish(ChannelHandlerContext ctx, FullHttpRequest req, Optional<Caller> caller) {
        try {
            if (caller.isEmpty() || caller.get() instanceof Caller.Anonymous) {
                refuse(ctx, HttpResponseStatus.UNAUTHORIZED, "需要有效令牌 / A valid token is required");
                return;
            }
            String url = "ws://" + req.headers().get("Host", "localhost") + "/ws";
            WebSocketServerHandshaker handshaker =
                    new WebSocketServerHandshakerFactory(url, null, true, MAX_FRAME).newHandshaker(req);
            if (handshaker == null) {
                refuse(ctx, HttpResponseStatus.UPGRADE_REQUIRED, "请使用 WebSocket / WebSocket upgrade required");
                return;
            }
            Channel channel = ctx.channel();
            ctx.pipeline().replace(HttpRequestHandler.class, "ws", new WebSocketFrameHandler(handshaker, heartbeat));
            ctx.pipeline().replace(IdleStateHandler.class, "heartbeat", new WebSocketHeartbeat(heartbeat));
            handshaker.handshake(channel, req).addListener(f -> {
                if (f.isSuccess()) {
                    channel.config().setAutoRead(true);
                    desk.follow(new WebSocketClient(channel, api.hall().eventJson(), fanout));
                } else {
                    channel.close();
                }
            });
        } finally {
            req.release();
        }
    }

    private static void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, String detail) {
        HttpRequestHandler.reply(ctx, HttpRequestHandler.problem(status, detail), false);
    }
}
