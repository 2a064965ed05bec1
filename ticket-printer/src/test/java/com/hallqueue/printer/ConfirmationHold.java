package com.hallqueue.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands between the printer agent and the hall, passing bytes both ways (requests and the
 * event stream alike), except the first confirmation of a printed copy: that request is
 * swallowed and its connection left hanging. The agent has then printed and waits for an
 * answer that does not come, which is the moment a test can kill it.
 */
final class ConfirmationHold implements AutoCloseable {

    private static final byte[] CONFIRMATION = "/printed HTTP/1.1".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final int hallPort;
    private final AtomicBoolean holding = new AtomicBoolean(true);
    private final CountDownLatch held = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    ConfirmationHold(int hallPort) throws IOException {
        this.hallPort = hallPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("proxy-accept", this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Whether a confirmation was held back within {@code within}. */
    boolean awaitHeld(Duration within) throws InterruptedException {
        return held.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void accept() {
        try {
            while (true) {
                Socket agent = listener.accept();
                Socket hall = new Socket(InetAddress.getLoopbackAddress(), hallPort);
                sockets.addAll(List.of(agent, hall));
                daemon("proxy-up", () -> pump(agent, hall, true));
                daemon("proxy-down", () -> pump(hall, agent, false));
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    /** On holding it returns with both sockets open: the agent must see no answer and no hang-up. */
    private void pump(Socket from, Socket to, boolean watch) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] chunk = new byte[8192];
            for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
                if (watch && isConfirmation(chunk, n) && holding.compareAndSet(true, false)) {
                    held.countDown();
                    return;
                }
                out.write(chunk, 0, n);
                out.flush();
            }
            from.close();
            to.close();
        } catch (IOException e) {
            // one side went away; the other notices on its own
        }
    }

    private static boolean isConfirmation(byte[] chunk, int n) {
        for (int i = 0; i + CONFIRMATION.length <= n; i++) {
            if (Arrays.equals(chunk, i, i + CONFIRMATION.length, CONFIRMATION, 0, CONFIRMATION.length)) {
                return true;
            }
        }
        return false;
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
