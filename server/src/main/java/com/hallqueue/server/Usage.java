package com.hallqueue.server;

import java.util.Map;

/**
 * What {@code hallqueue --help}, {@code hallqueue COMMAND --help} and {@code --version} print:
 * on standard output, exit 0, so an operator can read them without the server starting.
 */
final class Usage {

    private static final String HEAD = "hallqueue — 排队叫号系统 HallQueue, a queue-management server for service halls\n\n";

    private static final Map<String, String> COMMANDS = Map.of(
            "server", """
                    usage: hallqueue server [--config FILE | --deployment FILE] [--port N] [--data DIR]
                                            [--db JDBC_URL] [--host ADDR]
                                            [--backup-dir DIR [--backup-keep N] [--backup-at HH:MM]]
                      the hall server; prints "listening on http://HOST:PORT" when ready
                      --config FILE      the hall's YAML file (default: the built-in demo hall)
                      --deployment FILE  several halls of one server (see README, "Central deployment")
                      --port N           0 to 65535, 0 picks a free port (default 8080)
                      --host ADDR        the address to listen on (default 127.0.0.1)
                      --data DIR         where the embedded H2 database and its journal live (default ./data)
                      --db JDBC_URL      jdbc:postgresql://… keeps the hall in PostgreSQL, shared by its servers
                      --backup-dir DIR   a nightly backup of the H2 data into DIR (hallqueue-DATE.zip)
                      --backup-keep N    how many nightly backups to keep (default 14)
                      --backup-at HH:MM  when, in the home hall's time zone (default 02:30)
                    """,
            "simulate", """
                    usage: hallqueue simulate --scenario FILE [--days N] [--seed N]
                      runs the real queue engine on a virtual clock and prints one JSON object
                    """,
            "hash-password", """
                    usage: echo -n 'secret' | hallqueue hash-password
                      reads a password on standard input and prints its hash for the hall's file
                    """,
            "backup", """
                    usage: hallqueue backup --data DIR --to FILE
                      a consistent copy of the hall's H2 data in DIR, also while its server runs
                      (through the server's local backup channel); FILE is written whole or not at all
                    """,
            "restore", """
                    usage: hallqueue restore --from FILE --data DIR
                      makes DIR (absent or empty) hold the hall as it was at the backup FILE;
                      start the server on DIR afterwards
                    """);

    private static final String ALL = """
            usage: hallqueue COMMAND [OPTIONS]     hallqueue COMMAND --help     hallqueue --version

            commands:
              server          the hall server
              backup          a consistent copy of a hall's H2 data, while its server runs or not
              restore         a hall's data from a backup, into an empty directory
              simulate        the queue engine through simulated days
              hash-password   a password hash for the hall's file
              printer         the ticket-printer agent beside a kiosk
              display         the device gateway: LED strips, hall board, voice, call pads
            """;

    private Usage() {
    }

    static boolean asksForHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** The help of {@code command}, or of every command when it is not one of the server's. */
    static String of(String command) {
        return COMMANDS.containsKey(command) ? COMMANDS.get(command) : HEAD + ALL;
    }

    /** The Maven project version, written into the jar's manifest at build; "dev" in a source tree's classes. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "hallqueue " + (v == null ? "dev" : v);
    }
}
