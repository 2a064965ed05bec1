package com.hallqueue.server.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The network side of the hall: binds the port and serves the API and the event stream. */
public final class HallServer implements AutoCloseable {

    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    private Channel channel;

    private HallServer() {
    }

    /** Starts serving on {@code host:port}; port 0 picks a free port. */
    /** Serves every hall of the directory on {@code host:port}. */
    public static HallServer start(HallDirectory halls, String host, int port) throws InterruptedException {
        HallServer server = new HallServer();
        try {
            server.bind(halls, host, port);
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void bind(HallDirectory halls, String host, int port) throws InterruptedException {
        channel = new ServerBootstrap()
                .group(boss, loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new HallServerInitializer(halls))
                .bind(host, port).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Stops accepting connections; those open keep being served until {@link #close()}. */
    public void stopAccepting() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
    }

    /** Stops accepting, and stops the loops once the answers already on their way are written. */
    @Override
    public void close() {
        stopAccepting();
        boss.shutdownGracefully(0, 2000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        loops.shutdownGracefully(100, 2000, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
