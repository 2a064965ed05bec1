package com.hallqueue.printer;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.escpos.TicketPreview;
import com.hallqueue.hardware.escpos.TicketPrint;
import com.hallqueue.hardware.link.Links;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code hallqueue printer …} runs the agent of one kiosk until SIGTERM; {@code hallqueue
 * printer preview FILE} draws a sample ticket as PNG. Bad arguments: one line, exit 2.
 */
public final class PrinterMain {

    private PrinterMain() {
    }

    static final String USAGE = """
            usage: hallqueue printer --server URL[,URL…] --kiosk ID (--token-file FILE | --token TOKEN)
                                     (--serial PATH [--baud N] | --tcp HOST:PORT | --file PATH) [--state DIR]
                   hallqueue printer preview FILE.png
              the ticket-printer agent beside one kiosk: prints every ticket of the kiosk once
              --server URL[,URL…]  the hall's server(s); the next is tried when one cannot be reached
              --kiosk ID           the kiosk whose tickets it prints
              --token-file FILE    the kiosk's printerToken, in a file only the agent's user may read
                                   (or HALLQUEUE_TOKEN in the environment; --token TOKEN shows in process lists)
              --serial PATH        an RS-232/USB-serial printer (--baud N, default 9600)
              --tcp HOST:PORT      a network printer (raw port 9100)
              --file PATH          a USB printer class device such as /dev/usb/lp0
              --state DIR          where printed but unconfirmed copies are noted (default ~/.hallqueue)
              preview FILE.png     draws a sample ticket
            """;

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        if (List.of(args).contains("--version")) {
            String v = PrinterMain.class.getPackage().getImplementationVersion();
            System.out.println("hallqueue " + (v == null ? "dev" : v));
            return;
        }
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            if (!rest.isEmpty() && rest.get(0).equals("preview")) {
                preview(rest);
                return;
            }
            run(AgentArgs.parse(rest));
        } catch (IllegalArgumentException e) {
            System.err.println("hallqueue printer: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(AgentArgs a) {
        HallClient hall = new HallClient(a.servers(), a.token());
        PrintAgent agent;
        try {
            agent = new PrintAgent(hall, a.kiosk(),
                    Links.reconnecting(a.port()::open), a.port().answersStatus(), a.poll(), a.state());
        } catch (IOException e) {
            throw new IllegalArgumentException("--state " + a.state() + ": " + e.getMessage());
        }
        agent.start();
        System.out.println("printing for kiosk " + a.kiosk() + " from " + hall.servers());
        CountDownLatch stop = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stop.countDown());
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        agent.close();
        System.exit(0);
    }

    private static void preview(List<String> rest) {
        if (rest.size() != 2) {
            throw new IllegalArgumentException("usage: printer preview FILE.png");
        }
        TicketPrint sample = new TicketPrint("演示服务大厅", "综合业务", "A001", 3, "约18分钟", "2026-11-27 09:30",
                "http://127.0.0.1:8080/t/3kq9x7c2m4", "12360", null);
        try {
            TicketPreview.writePng(sample, Path.of(rest.get(1)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + rest.get(1) + ": " + e.getMessage());
        }
    }
}
