package com.hallqueue.display;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.TwoServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway given two servers of one hall, the first killed with {@code kill -9}: the hall
 * board is redrawn from the second server's snapshot, and the second's next call is shown
 * and announced with a clip fetched from it. The servers keep separate databases, so the
 * calls on the board tell which one the gateway follows.
 */
class GatewayFailoverTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final Duration FAILOVER = Duration.ofSeconds(5);
    private static final int BOARD = 20;

    @TempDir
    Path dir;

    @Test
    void whenItsServerIsKilledTheGatewayFollowsTheNextOne() throws Exception {
        try (TwoServers halls = TwoServers.start(dir); Socat pair = Socat.ptyPair(dir);
             LineTap line = new LineTap(Links.serial(pair.endB.toString(), SerialSettings.DEFAULT))) {
            Counter onFirst = Counter.open(halls.first.api(), 1, "1001");
            Counter onSecond = Counter.open(halls.second.api(), 3, "1003");
            issue(halls.first.api());
            issue(halls.second.api());
            String calledOnFirst = onFirst.callNext();
            String calledOnSecond = onSecond.callNext();
            RecordingSpeaker speaker = new RecordingSpeaker();
            Gateway gateway = new Gateway(new HallClient(HallClient.addresses(halls.addresses()), "demo-display"),
                    config(pair), speaker, dir.resolve("state"));
            try {
                gateway.start();
                Eventually.await("the board shows the first server's call", SOON,
                        () -> board(line).contains(calledOnFirst + "→1号窗口"));

                halls.first.kill9();
                Eventually.await("the board redrawn from the second server's snapshot", FAILOVER,
                        () -> board(line).contains(calledOnSecond + "→3号窗口"));
                onSecond.finish();
                issue(halls.second.api());
                String next = onSecond.callNext();
                Eventually.await("the second server's next call on the board", SOON,
                        () -> board(line).contains(next + "→3号窗口  " + calledOnSecond + "→3号窗口"));
                Eventually.await("and announced, the clip fetched from the second server", SOON,
                        () -> !speaker.played.isEmpty());
            } finally {
                gateway.close();
            }
        }
    }

    private static void issue(ApiClient api) {
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
    }

    private static GatewayConfig config(Socat pair) {
        return new GatewayConfig(new GatewayConfig.Line(pair.endA.toString(), 9600), List.of(),
                new GatewayConfig.Board(BOARD, "onbon", 128, 16, 2), null, new GatewayConfig.Voice(null, "zh", true));
    }

    /** The latest text on the hall board, as an independent decoder reads it off the line. */
    private static String board(LineTap line) {
        return OnbonReader.read(line.bytes()).stream().filter(t -> t.address() == BOARD)
                .reduce((before, after) -> after).map(OnbonReader.OnbonText::text).orElse("");
    }
}
