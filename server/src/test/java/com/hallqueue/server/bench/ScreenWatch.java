package com.hallqueue.server.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongBinaryOperator;
import java.util.stream.Stream;

/**
 * Many connected screens, each a real WebSocket client (Netty's, all on one shared network
 * thread so that 500 of them cost the shared CPU little). Each notes the moment a whole
 * {@code ticket.called} frame has arrived, before it reads anything out of it; the delay is
 * measured from the moment the call-next request was sent, in this same process (so both
 * times come from one clock).
 */
final class ScreenWatch {

    private static final byte[] CALLED = "{\"type\":\"ticket.called\",".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "\"ticket\":{\"id\":\"".getBytes(StandardCharsets.US_ASCII);

    private final List<Screen> screens = new ArrayList<>();
    private final EventLoopGroup loop = new MultiThreadIoEventLoopGroup(Integer.getInteger("bench.screenThreads", 1),
            NioIoHandler.newFactory());

    void connect(int port, String token, int count) throws Exception {
        connect(port, "", token, count);
    }

    /**
     * One screen of the hall served under {@code prefix}, first at {@code ports[first]}, that
     * connects to the next server after a short pause whenever it loses its own, as the display
     * client does; how long each time it was without a server is noted ({@link #gaps()}).
     */
    void connectMoving(int[] ports, int first, String prefix, String token) throws Exception {
        Screen screen = new Screen();
        screen.moving = new Moving(ports, first, prefix, token,
                new Bootstrap().group(loop).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true));
        screens.add(screen);
        screen.moving.connect(screen);
        screen.ready.get(30, TimeUnit.SECONDS);
    }

    /** Every time a moving screen was without a server: from losing one to its handshake with the next, in nanoseconds. */
    long[] gaps() {
        return screens.stream().flatMapToLong(s -> s.gaps.stream().mapToLong(Long::longValue)).toArray();
    }

    /** {@code count} screens of the hall served under {@code prefix} ({@code /halls/<id>}, or "" for the home hall). */
    void connect(int port, String prefix, String token, int count) throws Exception {
        URI uri = URI.create("ws://127.0.0.1:" + port + prefix + "/ws?token=" + token);
        Bootstrap bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Screen screen = new Screen();
            screens.add(screen);
            ready.add(screen.ready);
            bootstrap.clone().handler(pipeline(uri, screen)).connect(uri.getHost(), uri.getPort()).sync();
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    private static ChannelInitializer<SocketChannel> pipeline(URI uri, Screen screen) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                        new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                                uri, WebSocketVersion.V13, null, false, new DefaultHttpHeaders(), 1 << 20)),
                        new WebSocketFrameAggregator(1 << 20), screen);
            }
        };
    }

    /** Calls made while the screens watch: when each was sent, and how long its answer took. */
    static final class Calls {
        private final Map<String, Long> sentAt = new HashMap<>();
        private final List<Long> answered = new ArrayList<>();

        void add(String ticketId, long sent, long answeredAt) {
            sentAt.put(ticketId, sent);
            answered.add(answeredAt - sent);
        }

        int size() {
            return sentAt.size();
        }

        long[] answered() {
            return answered.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** Every screen's delay for every one of these calls (only after {@link #close()}). */
    long[] delays(Calls calls) {
        return arrivals(calls).mapToLong(Arrival::nanos).toArray();
    }

    /** For each call, the delay to the first screen that received it. */
    long[] firstScreens(Calls calls) {
        return perCall(calls, Math::min);
    }

    /** For each call, the delay to the last screen that received it. */
    long[] lastScreens(Calls calls) {
        return perCall(calls, Math::max);
    }

    private long[] perCall(Calls calls, LongBinaryOperator pick) {
        Map<String, Long> byCall = new HashMap<>();
        arrivals(calls).forEach(a -> byCall.merge(a.ticketId(), a.nanos(), pick::applyAsLong));
        return byCall.values().stream().mapToLong(Long::longValue).toArray();
    }

    /** The arrivals of these calls, each as its delay from the call's sending. */
    private Stream<Arrival> arrivals(Calls calls) {
        // joined with the sending time here: a screen may see the call before its caller's answer
        return screens.stream().flatMap(s -> s.received.stream()).filter(r -> calls.sentAt.containsKey(r.ticketId()))
                .map(r -> new Arrival(r.ticketId(), r.nanos() - calls.sentAt.get(r.ticketId())));
    }

    /** Says goodbye on every connection and stops the network thread (after which the notes are safe to read). */
    void close() throws InterruptedException {
        for (Screen s : screens) {
            s.closing = true;
            s.channel.writeAndFlush(new CloseWebSocketFrame());
        }
        Thread.sleep(200);
        loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).sync();
    }

    private record Arrival(String ticketId, long nanos) {
    }

    /** Where a moving screen connects: the servers in turn, starting from {@code first}. */
    private static final class Moving {
        private static final long PAUSE_MILLIS = 100;
        private final int[] ports;
        private final String prefix;
        private final String token;
        private final Bootstrap bootstrap;
        private int at;
        private long lostAt;

        Moving(int[] ports, int first, String prefix, String token, Bootstrap bootstrap) {
            this.ports = ports;
            this.at = first;
            this.prefix = prefix;
            this.token = token;
            this.bootstrap = bootstrap;
        }

        void connect(Screen screen) {
            URI uri = URI.create("ws://127.0.0.1:" + ports[at % ports.length] + prefix + "/ws?token=" + token);
            bootstrap.clone().handler(pipeline(uri, screen)).connect(uri.getHost(), uri.getPort())
                    .addListener(f -> {
                        if (!f.isSuccess()) {
                            moveOn(screen);
                        }
                    });
        }

        /** The server is gone (or refused): the next one, after the pause. */
        void moveOn(Screen screen) {
            lostAt = lostAt == 0 ? System.nanoTime() : lostAt;
            at++;
            bootstrap.config().group().schedule(() -> connect(screen), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        }

        void connected(Screen screen) {
            if (lostAt != 0) {
                screen.gaps.add(System.nanoTime() - lostAt);
                lostAt = 0;
            }
        }
    }

    /** Sharable only so that a moving screen can be put on its next connection: it is on one at a time. */
    @io.netty.channel.ChannelHandler.Sharable
    private static final class Screen extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private final List<Arrival> received = new ArrayList<>();
        private final List<Long> gaps = new ArrayList<>();
        private Channel channel;
        private Moving moving;
        private volatile boolean closing;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                channel = ctx.channel();
                if (moving != null) {
                    moving.connected(this);
                }
                ready.complete(null);
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (moving != null && !closing) {
                moving.moveOn(this);
            }
            super.channelInactive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            long now = System.nanoTime();
            String id = calledTicket(frame.content());
            if (id != null) {
                received.add(new Arrival(id, now));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (moving == null) {
                ready.completeExceptionally(cause);
            }
            ctx.close();
        }
    }

    /** The ticket id of a {@code ticket.called} message, read straight from its bytes; null for other messages. */
    static String calledTicket(ByteBuf json) {
        int start = json.readerIndex();
        if (!startsWith(json, start, CALLED)) {
            return null;
        }
        for (int i = start + CALLED.length; i + ID.length <= json.writerIndex(); i++) {
            if (startsWith(json, i, ID)) {
                int from = i + ID.length;
                int to = json.indexOf(from, json.writerIndex(), (byte) '"');
                return json.toString(from, to - from, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static boolean startsWith(ByteBuf buf, int at, byte[] prefix) {
        if (at + prefix.length > buf.writerIndex()) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (buf.getByte(at + k) != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
