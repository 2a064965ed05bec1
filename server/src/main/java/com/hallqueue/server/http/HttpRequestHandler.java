package com.hallqueue.server.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.concurrent.RejectedExecutionException;

/**
 * Takes each HTTP request off the event loop: routing happens here, everything that may
 * block (token lookup, the database, the hall) on a worker. {@code /ws} goes to the
 * WebSocket upgrade.
 */
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final HallDirectory halls;

    HttpRequestHandler(HallDirectory halls) {
        this.halls = halls;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        long started = System.nanoTime();
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        HallApi home = halls.home();
        if (!req.decoderResult().isSuccess()) {
            reply(ctx, home, problem(HttpResponseStatus.BAD_REQUEST, "请求格式错误 / Malformed request"), false, started, "-");
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        HallDirectory.Target target = halls.resolve(uri.path());
        if (target == null) {
            reply(ctx, home, problem(HttpResponseStatus.NOT_FOUND, "没有此大厅 / No such hall"), keepAlive, started, "-");
            return;
        }
        handle(ctx, req, uri, target, keepAlive, started);
    }

    private void handle(ChannelHandlerContext ctx, FullHttpRequest req, QueryStringDecoder uri,
                        HallDirectory.Target target, boolean keepAlive, long started) {
        HallApi api = target.api();
        String path = target.path();
        if (path.equals("/ws")) {
            target.upgrade().start(ctx, req, uri);
            return;
        }
        if (req.method().equals(HttpMethod.GET) && serveStatic(ctx, req, api, path, keepAlive, started)) {
            return;
        }
        Router.Lookup lookup = api.lookup(req.method().name(), path);
        if (lookup.match() == null) {
            String origin = req.headers().get(HttpHeaderNames.ORIGIN);
            Response answer = Cors.isPreflight(req) && !lookup.allowed().isEmpty()
                    ? Cors.preflight(lookup.allowed(), origin, api.browserPolicy())
                    : Cors.open(unmatched(lookup), origin, api.browserPolicy());
            reply(ctx, api, answer, keepAlive, started, "-");
            return;
        }
        byte[] body = ByteBufUtil.getBytes(req.content());
        String token = bearer(req);
        String route = lookup.match().entry().pattern();
        String origin = req.headers().get(HttpHeaderNames.ORIGIN);
        // One request at a time per connection: answers keep the order of requests.
        ctx.channel().config().setAutoRead(false);
        try {
            HallApi.Incoming in = new HallApi.Incoming(req.method().name(), path, uri.parameters(), body, token,
                    req.headers().get(HttpHeaderNames.HOST), client(ctx),
                    req.headers().get(Retries.HEADER));
            String requestId = RequestId.of(req.headers().get(RequestId.HEADER));
            api.hall().workers().execute(() -> RequestId.logged(target.id(), requestId, () -> api.handle(lookup.match(), in)
                    .thenAccept(res -> reply(ctx, api, Cors.open(res, origin, api.browserPolicy())
                            .with(java.util.Map.of(RequestId.HEADER, requestId)), keepAlive, started, route))));
        } catch (RejectedExecutionException e) {
            reply(ctx, api, problem(HttpResponseStatus.SERVICE_UNAVAILABLE, "服务繁忙 / Busy, try again"), false, started,
                    route);
        }
    }

    /** Pages and their files, read on a worker: the first read of each comes from the jar. */
    private boolean serveStatic(ChannelHandlerContext ctx, FullHttpRequest req, HallApi api, String path,
                                boolean keepAlive, long started) {
        java.util.Optional<String> resource = api.site().resourceFor(path);
        if (resource.isEmpty()) {
            return false;
        }
        String ifNoneMatch = req.headers().get(HttpHeaderNames.IF_NONE_MATCH);
        ctx.channel().config().setAutoRead(false);
        try {
            api.hall().workers().execute(() -> reply(ctx, api, api.site().serve(resource.get(), ifNoneMatch),
                    keepAlive, started, "static"));
        } catch (RejectedExecutionException e) {
            reply(ctx, api, problem(HttpResponseStatus.SERVICE_UNAVAILABLE, "服务繁忙 / Busy, try again"), false, started,
                    "static");
        }
        return true;
    }

    private static Response unmatched(Router.Lookup lookup) {
        if (lookup.allowed().isEmpty()) {
            return problem(HttpResponseStatus.NOT_FOUND, "没有此地址 / No such resource");
        }
        return problem(HttpResponseStatus.METHOD_NOT_ALLOWED, "请使用 " + String.join(", ", lookup.allowed())
                + " / Allowed: " + String.join(", ", lookup.allowed()));
    }

    static Response problem(HttpResponseStatus status, String detail) {
        return Response.problem(Problem.of(status, detail, null));
    }

    /** The client's IP address, without the port. */
    private static String client(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof java.net.InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : String.valueOf(ctx.channel().remoteAddress());
    }

    private static String bearer(FullHttpRequest req) {
        String header = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    static void reply(ChannelHandlerContext ctx, Response res, boolean keepAlive) {
        if (res.file() != null) {
            replyWithFile(ctx, res, keepAlive);
            return;
        }
        FullHttpResponse out = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, res.status(),
                Unpooled.wrappedBuffer(res.body()));
        headers(out, res, res.body().length, keepAlive);
        afterReply(ctx, ctx.writeAndFlush(out), keepAlive);
    }

    /** The file goes from the disk to the socket, never through the heap; it is deleted once sent. */
    private static void replyWithFile(ChannelHandlerContext ctx, Response res, boolean keepAlive) {
        java.io.File file = res.file().toFile();
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, res.status());
        headers(head, res, file.length(), keepAlive);
        ctx.write(head);
        ctx.write(new DefaultFileRegion(file, 0, file.length()));
        var written = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        written.addListener(f -> file.delete());
        afterReply(ctx, written, keepAlive);
    }

    private static void headers(HttpResponse out, Response res, long length, boolean keepAlive) {
        if (res.contentType() != null) {
            out.headers().set(HttpHeaderNames.CONTENT_TYPE, res.contentType());
        }
        out.headers().set(HttpHeaderNames.CONTENT_LENGTH, length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        res.headers().forEach(out.headers()::set);
    }

    private static void afterReply(ChannelHandlerContext ctx, io.netty.channel.ChannelFuture written,
                                   boolean keepAlive) {
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private static void reply(ChannelHandlerContext ctx, HallApi api, Response res, boolean keepAlive, long started,
                              String route) {
        reply(ctx, res, keepAlive);
        api.hall().metrics().request(route, res.status().code(), System.nanoTime() - started);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        // Reading is off while a request is being answered: a year's report may take minutes
        // to write nothing yet, and its client is waiting, not idle.
        if (evt instanceof IdleStateEvent && ctx.channel().config().isAutoRead()) {
            ctx.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
