package com.hallqueue.server.testing;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Two demo halls, each a server process of its own on its own data, started side by side: a
 * client given both addresses must move to the second when the first is killed. The two do
 * not share a database, so a test can tell by the state it sees which one a client follows.
 */
public final class TwoServers implements AutoCloseable {

    public final ServerProcess first;
    public final ServerProcess second;

    private TwoServers(ServerProcess first, ServerProcess second) {
        this.first = first;
        this.second = second;
    }

    /** Both with the same {@code extra} arguments ({@code --deployment FILE}, say), each on its own data. */
    public static TwoServers start(Path dir, String... extra) {
        return start(dir, extra, extra);
    }

    /**
     * Both on ports chosen beforehand, so each hall file can name both servers
     * ({@code screens.servers}) before either starts.
     */
    public static TwoServers start(Path dir, int[] ports, String... extra) {
        return start(dir, with(extra, ports[0]), with(extra, ports[1]));
    }

    private static TwoServers start(Path dir, String[] firstArgs, String[] secondArgs) {
        CompletableFuture<ServerProcess> second = CompletableFuture.supplyAsync(
                () -> ServerProcess.start(dir.resolve("second"), secondArgs));
        ServerProcess first;
        try {
            first = ServerProcess.start(dir.resolve("first"), firstArgs);
        } catch (RuntimeException e) {
            second.thenAccept(ServerProcess::close);
            throw e;
        }
        try {
            return new TwoServers(first, second.join());
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    /** Two ports free right now (the system's choice for port 0, let go again). */
    public static int[] freePorts() {
        try (java.net.ServerSocket a = new java.net.ServerSocket(0); java.net.ServerSocket b = new java.net.ServerSocket(0)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] with(String[] extra, int port) {
        String[] all = java.util.Arrays.copyOf(extra, extra.length + 2);
        all[extra.length] = "--port";
        all[extra.length + 1] = Integer.toString(port);
        return all;
    }

    public static String url(ServerProcess server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** Both addresses as {@code --server} and {@code ?servers=} take them: the first, then the second. */
    public String addresses() {
        return url(first) + "," + url(second);
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }
}
