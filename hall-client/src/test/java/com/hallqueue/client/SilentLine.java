package com.hallqueue.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a client and the hall server that can fall silent the way a dead
 * machine or a pulled cable does: the connections it carries stay open but nothing more
 * crosses them either way, and no close is ever seen. Connections made afterwards are
 * carried as usual.
 */
final class SilentLine implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final List<Carried> carried = new CopyOnWriteArrayList<>();

    SilentLine(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "silent-line");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every connection carried so far goes quiet, without a close. */
    void fallSilent() {
        carried.forEach(c -> c.silent = true);
    }

    int connectionsCarried() {
        return carried.size();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                Carried c = new Carried(client, server);
                carried.add(c);
                c.pump(client, server);
                c.pump(server, client);
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Carried c : carried) {
            c.client.close();
            c.server.close();
        }
    }

    private static final class Carried {
        final Socket client;
        final Socket server;
        volatile boolean silent;

        Carried(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> copy(from, to), "silent-line-pump");
            t.setDaemon(true);
            t.start();
        }

        private void copy(Socket from, Socket to) {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (!silent) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
                // a close from either side is swallowed once silent, as a dead line would
                while (silent && !from.isClosed()) {
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                // the other side or the test closed the line
            }
        }
    }
}
