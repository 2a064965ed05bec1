package com.hallqueue.printer;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A network ticket printer on a TCP port (as on 9100): accepts the agent, then acts as a {@link FakePrinter}. */
final class NetworkPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final Socket socket;
    final FakePrinter printer;

    private NetworkPrinter(ServerSocket server, Socket socket) {
        this.server = server;
        this.socket = socket;
        this.printer = new FakePrinter(new AcceptedLink(socket));
    }

    /** Listens on {@code port} (0: any) and waits up to 10 s for the agent to connect. */
    static NetworkPrinter listen(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server.setSoTimeout(10_000);
        return new NetworkPrinter(server, server.accept());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Pulling the network cable: the connection and the listening port both go away. */
    @Override
    public void close() {
        printer.close();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing is all that matters
        }
    }

    private record AcceptedLink(Socket socket) implements DeviceLink {
        @Override
        public void write(byte[] bytes) throws IOException {
            socket.getOutputStream().write(bytes);
        }

        @Override
        public int read(byte[] into, Duration timeout) throws IOException {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            try {
                InputStream in = socket.getInputStream();
                int n = in.read(into);
                if (n < 0) {
                    throw new IOException("agent hung up");
                }
                return n;
            } catch (SocketTimeoutException e) {
                return 0;
            }
        }

        @Override
        public boolean isOpen() {
            return !socket.isClosed();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that matters
            }
        }
    }
}
