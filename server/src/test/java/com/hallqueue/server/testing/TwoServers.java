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
        CompletableFuture<ServerProcess> second = CompletableFuture.supplyAsync(
                () -> ServerProcess.start(dir.resolve("second"), extra));
        ServerProcess first;
        try {
            first = ServerProcess.start(dir.resolve("first"), extra);
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
