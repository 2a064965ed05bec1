package com.hallqueue.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a server that can make the server go silent without a word, as a
 * machine switched off or a cable pulled would: {@link #freeze()} stops every connection open
 * at that moment from carrying anything either way, and keeps its sockets open, so nobody is
 * told. Connections made afterwards go through as usual. It counts the event-stream
 * connections opened through it, so a test can tell whether a page reconnected.
 */
public final class FreezingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final AtomicInteger streams = new AtomicInteger();

    public FreezingProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Event-stream connections (GET /ws) opened through the proxy so far. */
    public int streamsOpened() {
        return streams.get();
    }

    /** Every connection open now carries nothing more, either way, and is never closed. */
    public void freeze() {
        links.forEach(l -> l.frozen = true);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket browser = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                browser.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(browser, server);
                links.add(link);
                pump(link, browser, server, true);
                pump(link, server, browser, false);
            } catch (IOException e) {
                // closed, or the server is not there: the browser sees its connection fail
            }
        }
    }

    private void pump(Link link, Socket from, Socket to, boolean fromBrowser) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            boolean first = fromBrowser;
            try {
                InputStream in = from.getInputStream(); // not closed here: closing it would close the socket
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (first && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).startsWith("GET /ws")) {
                        streams.incrementAndGet();
                    }
                    first = false;
                    if (link.frozen) {
                        continue; // swallowed: the far side never hears of it
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            }
            if (!link.frozen) {
                link.close(); // a frozen link tells neither side anything, its end included
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // nothing to do
        }
        links.forEach(Link::close);
    }

    private static final class Link {
        final Socket browser;
        final Socket server;
        volatile boolean frozen;

        Link(Socket browser, Socket server) {
            this.browser = browser;
            this.server = server;
        }

        void close() {
            try {
                browser.close();
                server.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
