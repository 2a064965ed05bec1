package com.hallqueue.hardware.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Raw TCP to a device, e.g. a network ticket printer on port 9100. */
final class TcpLink implements DeviceLink {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private TcpLink(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static TcpLink connect(String host, int port, Duration connectTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            return new TcpLink(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public int read(byte[] into, Duration timeout) throws IOException {
        if (timeout.isZero()) {
            int waiting = in.available();
            return waiting == 0 ? 0 : readOrFail(into, Math.min(waiting, into.length));
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        try {
            return readOrFail(into, into.length);
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    /** A peer that hung up is a broken link, not an empty read. */
    private int readOrFail(byte[] into, int length) throws IOException {
        int count = in.read(into, 0, length);
        if (count < 0) {
            throw new IOException("device closed the connection: " + socket.getRemoteSocketAddress());
        }
        return count;
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public String toString() {
        return "TcpLink[" + socket.getRemoteSocketAddress() + "]";
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the socket is unusable either way.
        }
    }
}
